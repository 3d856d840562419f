using ParallelEvm.Node.Commands;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>
/// The rich summary of <c>pevm blocks</c>: one row per block, and with <c>--mode both</c> the geometric-mean speedup
/// (the mean that treats 2× faster and 2× slower as cancelling out) and the slowest block.
/// </summary>
static class BlocksTable
{
    public static void Write(IReadOnlyList<BlockRun> runs, string mode)
    {
        bool both = mode == "both";
        var table = Styles.NewTable($"blocks ({mode})").AddColumn("block").AddColumn("fork");
        table.Number("txs").Number("gas");
        if (mode != "parallel") table.Number("serial ms");
        if (mode != "serial") table.Number("parallel ms");
        if (both) table.Number("speedup");
        table.AddColumn("verdict");

        foreach (var r in runs)
        {
            var cells = new List<string> { Markup.Escape(ShortName(r.Name)), Markup.Escape(r.Fork ?? "?"), Styles.Count(r.Txs), Styles.Count(r.Gas) };
            if (mode != "parallel") cells.Add(Styles.Ms(r.SerialMs));
            if (mode != "serial") cells.Add(Styles.Ms(r.ParallelMs));
            if (both) cells.Add(Styles.Speedup(r.Speedup));
            cells.Add(Styles.Verdict(r.Ok));
            table.AddRow(cells.ToArray());
        }

        var speedups = runs.Where(r => r.Speedup is > 0).Select(r => r.Speedup!.Value).ToList();
        if (both && speedups.Count > 0)
        {
            double geomean = Math.Exp(speedups.Average(Math.Log));
            table.Caption($"speedup over {speedups.Count} blocks: geometric mean {Styles.Speedup(geomean)}, lowest {Styles.Speedup(speedups.Min())}");
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
