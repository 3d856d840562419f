using ParallelEvm.Node.Commands;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>The rich result of <c>pevm bench --memory</c>: the headline figures, then memory after each block.</summary>
static class MemoryView
{
    public static void Write(MemoryReport r)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(r.Workload)}[/]: {r.Txs:N0} txs, {r.Gas:N0} gas, {r.Executors} executors");
        var figures = new Table().RoundedBorder().AddColumn("memory");
        figures.Number("serial").Number("parallel");
        figures.AddRow(r.PeakOfRunOnly ? "peak working set of one run" : "peak working set since start", "", Styles.Bytes(r.PeakWorkingSetBytes));
        figures.AddRow("working set before the run", "", Styles.Bytes(r.WorkingSetBeforeBytes));
        figures.AddRow("GC-allocated per transaction", $"{r.SerialAllocatedPerTx:N0} B", $"{r.ParallelAllocatedPerTx:N0} B");
        figures.AddRow("MVMemory of the block (pooled)", "", $"{Styles.Bytes(r.MvMemoryBytes)} = {r.MvMemoryBytesPerTx:N0} B/tx");

        var blocks = new Table().RoundedBorder();
        blocks.Number("after block").Number("working set").Number("GC heap");
        foreach (var b in r.Blocks) blocks.AddRow(b.Block.ToString(), Styles.Bytes(b.WorkingSetBytes), Styles.Bytes(b.HeapBytes));
        var verdict = r.HeapGrows ? "[red]grows[/]" : "[green]no growth[/]";
        blocks.Caption($"GC heap block 1 → {r.Blocks.Count}: {BenchMemory.Signed(r.HeapGrowthBytes)}\nhighs, 2nd half vs 1st: {BenchMemory.Signed(r.PeakHeapGrowthBytes)}, {verdict}");

        AnsiConsole.Write(new Columns(figures, blocks) { Expand = false });
        AnsiConsole.MarkupLine(r.Identical ? "parallel == serial: [green]yes[/]" : $"parallel == serial: [red]NO[/] ({Markup.Escape(r.Difference ?? "")})");
    }
}
