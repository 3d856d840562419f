using ParallelEvm.Vm.StateTests;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>The rich summary of <c>pevm statetest</c>: passed / failed / skipped vectors per fork.</summary>
sealed class StateTestTable
{
    const string OtherForks = "(other forks only)";
    const string FixtureErrors = "(fixture errors)";

    readonly SortedDictionary<string, (int Passed, int Failed, int Skipped)> _byFork = new(StringComparer.Ordinal);

    public void Add(FileOutcome file)
    {
        foreach (var v in file.Vectors)
        {
            var fork = ForkOf(v.Id);
            _byFork.TryGetValue(fork, out var row);
            _byFork[fork] = v.Verdict switch
            {
                VectorVerdict.Passed => row with { Passed = row.Passed + 1 },
                VectorVerdict.Failed => row with { Failed = row.Failed + 1 },
                _ => row with { Skipped = row.Skipped + 1 },
            };
        }
        if (file.UnsupportedSkipped > 0)
        {
            _byFork.TryGetValue(OtherForks, out var row);
            _byFork[OtherForks] = row with { Skipped = row.Skipped + file.UnsupportedSkipped };
        }
    }

    /// <summary>A vector id is <c>path::test::fork::dNgNvN</c>; a file or test that failed to load has no fork.</summary>
    static string ForkOf(string id)
    {
        var parts = id.Split("::");
        return parts.Length >= 4 ? parts[^2] : FixtureErrors;
    }

    public void Write()
    {
        var table = Styles.NewTable("state tests").AddColumn("fork");
        table.Number("passed").Number("failed").Number("skipped");
        foreach (var (fork, row) in _byFork)
            table.AddRow(Markup.Escape(fork), Styles.Count(row.Passed), Styles.FailCount(row.Failed), Styles.Count(row.Skipped));
        table.Columns[0].Footer("[bold]total[/]");
        table.Columns[1].Footer(Styles.Count(_byFork.Values.Sum(r => r.Passed)));
        table.Columns[2].Footer(Styles.FailCount(_byFork.Values.Sum(r => r.Failed)));
        table.Columns[3].Footer(Styles.Count(_byFork.Values.Sum(r => r.Skipped)));
        AnsiConsole.Write(table);
    }
}
