using ParallelEvm.Node.Commands;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>
/// The rich summary of <c>pevm blocks</c>: one row per block, with the engine's counters when the parallel engine ran,
/// and with <c>--mode both</c> the geometric-mean speedup (the mean that treats 2× faster and 2× slower as cancelling
/// out), the slowest block and the share of transactions executed again.
/// </summary>
static class BlocksTable
{
    public static void Write(IReadOnlyList<BlockRun> runs, string mode, int rounds, BlocksSummary summary)
    {
        bool both = mode == "both", engine = mode != "serial";
        var title = rounds > 1 ? $"blocks ({mode}, median of {rounds} runs)" : $"blocks ({mode})";
        var table = Styles.NewTable(title).AddColumn("block").AddColumn("fork");
        table.Number("txs").Number("gas");
        if (mode != "parallel") table.Number("serial ms");
        if (engine) table.Number("parallel ms");
        if (both) table.Number("speedup");
        // What the engine did, to explain a speedup: work repeated, and whether it chose serial. The other counters
        // (aborts, graph edges, chained…) are in the --json rows; on an 80-column terminal they would squash the table.
        if (engine) table.Number("re-exec").AddColumn("ran");
        table.AddColumn("verdict");

        foreach (var r in runs)
        {
            var cells = new List<string> { Markup.Escape(ShortName(r.Name)), Markup.Escape(r.Fork ?? "?"), Styles.Count(r.Txs), Styles.Count(r.Gas) };
            if (mode != "parallel") cells.Add(Styles.Ms(r.SerialMs));
            if (engine) cells.Add(Styles.Ms(r.ParallelMs));
            if (both) cells.Add(Styles.Speedup(r.Speedup));
            if (engine)
            {
                cells.Add(Styles.Count(r.Counters?.ReExecutions));
                cells.Add(r.Counters is null ? "" : r.Counters.FellBackToSerial ? "[yellow]serial[/]" : "parallel");
            }
            cells.Add(Styles.Verdict(r.Ok));
            table.AddRow(cells.ToArray());
        }

        if (both && summary.GeomeanSpeedup is { } geomean)
        {
            var caption = $"speedup over {summary.Speedups} blocks: geometric mean {Styles.Speedup(geomean)}, lowest {Styles.Speedup(summary.MinSpeedup)}";
            if (summary.CountedTransactions > 0)
                caption += $"; re-executions {Styles.Count(summary.ReExecutions)} of {Styles.Count(summary.CountedTransactions)} transactions";
            table.Caption(caption);
        }
        AnsiConsole.Write(table);
    }

    /// <summary>The file name without .json / .json.gz: the block number for mainnet files, the workload for bench files.</summary>
    static string ShortName(string file)
    {
        foreach (var ext in new[] { ".json.gz", ".json" })
            if (file.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return file[..^ext.Length];
        return file;
    }
}
