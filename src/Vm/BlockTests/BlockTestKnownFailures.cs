using System.Text;

namespace ParallelEvm.Vm.BlockTests;

/// <summary>
/// The known-failures list of the BlockchainTests ratchet: one test id (<c>path.json::name</c>) per line, optionally
/// followed by two spaces, '#' and a reason; lines starting with '#' are comments. The goal is an empty list.
/// </summary>
public static class BlockTestKnownFailures
{
    const string CommentSeparator = "  #";

    public static HashSet<string> Parse(IEnumerable<string> lines)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int comment = line.IndexOf(CommentSeparator, StringComparison.Ordinal);
            var id = (comment < 0 ? line : line[..comment]).Trim();
            if (!id.Contains("::", StringComparison.Ordinal))
                throw new FormatException($"known-failures line {number} is not a test id (path.json::name): '{line}'");
            ids.Add(id);
        }
        return ids;
    }

    public static HashSet<string> Load(string path) => File.Exists(path) ? Parse(File.ReadLines(path)) : new(StringComparer.Ordinal);

    public static void Write(string path, IEnumerable<BlockTestOutcome> outcomes, string header)
    {
        var text = new StringBuilder();
        foreach (var line in header.Split('\n')) text.Append("# ").Append(line.TrimEnd()).Append('\n');
        foreach (var f in outcomes.Where(o => o.Failed).OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            text.Append(f.Id);
            if (f.Message is { } m) text.Append(CommentSeparator).Append(' ').Append(m.Length <= 120 ? m : m[..117] + "...");
            text.Append('\n');
        }
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>New failures (not listed) and listed tests that now pass: the ratchet holds when both are empty.</summary>
    public static (IReadOnlyList<BlockTestOutcome> NewFailures, IReadOnlyList<string> NowPassing) Compare(
        IEnumerable<BlockTestOutcome> outcomes, IReadOnlySet<string> known)
    {
        var newFailures = new List<BlockTestOutcome>();
        var nowPassing = new List<string>();
        foreach (var o in outcomes)
        {
            bool listed = known.Contains(o.Id);
            if (o.Failed && !listed) newFailures.Add(o);
            else if (o.Passed && listed) nowPassing.Add(o.Id);
        }
        return (newFailures, nowPassing);
    }
}
