using System.Text;
using System.Text.RegularExpressions;

namespace ParallelEvm.Vm.StateTests;

/// <summary>
/// The known-failures list of the state-test ratchet: one vector id per line; lines starting with '#' are comments,
/// and an id may be followed by whitespace and "# reason". (Test names themselves can contain " #", so an entry
/// is recognised by how an id ends: <c>::dNgNvN</c> or <c>::&lt;load&gt;</c>.)
/// </summary>
public static partial class KnownFailures
{
    [GeneratedRegex(@"^(?<id>.*::(d\d+g\d+v\d+|<load>))(\s+#.*)?$")]
    private static partial Regex EntryPattern();

    public static HashSet<string> Parse(IEnumerable<string> lines)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var match = EntryPattern().Match(line);
            if (!match.Success)
                throw new FormatException($"known-failures line {number} is not a vector id (path::test::fork::dNgNvN): '{line}'");
            ids.Add(match.Groups["id"].Value);
        }
        return ids;
    }

    public static HashSet<string> Load(string path) => File.Exists(path) ? Parse(File.ReadLines(path)) : new(StringComparer.Ordinal);

    /// <summary>Writes the failing ids, sorted, each with its failure message (shortened) as a comment.</summary>
    public static void Write(string path, IEnumerable<VectorOutcome> failures, string header)
    {
        var text = new StringBuilder();
        foreach (var line in header.Split('\n')) text.Append("# ").Append(line.TrimEnd()).Append('\n');
        foreach (var f in failures.Where(f => f.Failed).OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            text.Append(f.Id);
            if (f.Message is { } m) text.Append("  # ").Append(m.Length <= 120 ? m : m[..117] + "...");
            text.Append('\n');
        }
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>
    /// Compares outcomes with the list. <paramref name="inScope"/> limits which listed ids are expected to have run
    /// (e.g. those of one folder); listed ids in scope that did not run are reported as <see cref="RatchetResult.NotRun"/>.
    /// </summary>
    public static RatchetResult Compare(IEnumerable<VectorOutcome> outcomes, IReadOnlySet<string> known, Func<string, bool>? inScope = null)
    {
        var newFailures = new List<VectorOutcome>();
        var nowPassing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in outcomes)
        {
            seen.Add(o.Id);
            bool listed = known.Contains(o.Id);
            if (o.Verdict == VectorVerdict.Failed && !listed) newFailures.Add(o);
            else if (o.Verdict == VectorVerdict.Passed && listed) nowPassing.Add(o.Id);
        }
        var notRun = known.Where(id => (inScope?.Invoke(id) ?? true) && !seen.Contains(id)).Order(StringComparer.Ordinal).ToList();
        return new RatchetResult(newFailures, nowPassing, notRun);
    }
}

/// <summary>What the ratchet found: failures not on the list, listed vectors that pass now, listed vectors that did not run.</summary>
public sealed record RatchetResult(IReadOnlyList<VectorOutcome> NewFailures, IReadOnlyList<string> NowPassing, IReadOnlyList<string> NotRun)
{
    public bool Holds => NewFailures.Count == 0 && NowPassing.Count == 0;
}
