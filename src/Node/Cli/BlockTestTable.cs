using ParallelEvm.Vm.BlockTests;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>
/// The rich summary of <c>pevm blocktest</c>: tests and blocks per fixture folder (e.g. <c>InvalidBlocks/bcEIP1559</c>);
/// when that gives too many rows, per top folder.
/// </summary>
static class BlockTestTable
{
    const int MaxRows = 24;

    public static void Write(IReadOnlyList<BlockTestOutcome> outcomes)
    {
        var groups = GroupBy(outcomes, depth: 2);
        if (groups.Count > MaxRows) groups = GroupBy(outcomes, depth: 1);

        var table = Styles.NewTable("blockchain tests").AddColumn("folder");
        table.Number("passed").Number("failed").Number("blocks imported").Number("blocks rejected");
        foreach (var g in groups)
            table.AddRow(Markup.Escape(g.Key), Styles.Count(g.Count(o => o.Passed)), Styles.FailCount(g.Count(o => o.Failed)),
                Styles.Count(g.Sum(o => o.BlocksImported)), Styles.Count(g.Sum(o => o.BlocksRejected)));
        table.Columns[0].Footer("[bold]total[/]");
        table.Columns[1].Footer(Styles.Count(outcomes.Count(o => o.Passed)));
        table.Columns[2].Footer(Styles.FailCount(outcomes.Count(o => o.Failed)));
        table.Columns[3].Footer(Styles.Count(outcomes.Sum(o => o.BlocksImported)));
        table.Columns[4].Footer(Styles.Count(outcomes.Sum(o => o.BlocksRejected)));
        AnsiConsole.Write(table);
    }

    /// <summary>Groups by the first <paramref name="depth"/> folders of the test id (<c>folder/…/file.json::name</c>).</summary>
    static List<IGrouping<string, BlockTestOutcome>> GroupBy(IReadOnlyList<BlockTestOutcome> outcomes, int depth) =>
        outcomes.GroupBy(o =>
        {
            var path = o.Id.Split("::")[0];
            var folders = path.Split('/')[..^1];
            return folders.Length == 0 ? "." : string.Join('/', folders.Take(depth));
        }, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
}
