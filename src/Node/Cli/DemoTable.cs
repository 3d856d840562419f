using ParallelEvm.Actors.Benchmarking;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>The rich table of <c>pevm demo</c>: one row per workload.</summary>
static class DemoTable
{
    public static void Write(IReadOnlyList<(string Name, BenchmarkReport Report)> reports)
    {
        var table = Styles.NewTable("serial vs parallel").AddColumn("workload");
        table.Number("txs").Number("gas").Number("serial ms").Number("parallel ms").Number("speedup").Number("re-exec");
        table.AddColumn("identical");
        foreach (var (name, r) in reports)
            table.AddRow(Markup.Escape(name), Styles.Count(r.Txs), Styles.Count(r.Gas), Styles.Ms(r.SerialMs), Styles.Ms(r.ParallelMs),
                Styles.Speedup(r.Speedup), Styles.Count(r.Counters.ReExecutions), r.Identical ? "[green]yes[/]" : "[red]NO[/]");
        AnsiConsole.Write(table);
        foreach (var (name, r) in reports.Where(r => !r.Report.Identical))
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(name)}[/] differs: {Markup.Escape(r.Difference ?? "")}");
    }
}
