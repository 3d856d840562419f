using ParallelEvm.Actors.Benchmarking;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>The rich result of <c>pevm bench</c>: serial against parallel, the engine's counters, and the verdict.</summary>
static class BenchView
{
    public static void Write(BenchmarkReport r, int runs)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(r.Workload)}[/]: {r.Txs:N0} txs, {r.Gas:N0} gas, {r.Executors} executors, median of {runs} runs");
        var times = new Table().RoundedBorder().AddColumn("mode");
        times.Number("ms").Number("Mgas/s").Number("speedup");
        times.AddRow("serial", Styles.Ms(r.SerialMs), Styles.Ms(r.SerialMgasPerSecond), "");
        times.AddRow("parallel", Styles.Ms(r.ParallelMs), Styles.Ms(r.ParallelMgasPerSecond), Styles.Speedup(r.Speedup));

        var c = r.Counters;
        var engine = new Table().RoundedBorder().AddColumn("engine (last parallel run)");
        engine.Number("count");
        engine.AddRow("executions", Styles.Count(c.Executions));
        engine.AddRow("re-executions", Styles.Count(c.ReExecutions));
        engine.AddRow("validations", Styles.Count(c.Validations));
        engine.AddRow("aborts", Styles.Count(c.Aborts));
        engine.AddRow("suspensions", Styles.Count(c.Suspensions));
        engine.AddRow("messages", Styles.Count(c.Messages));
        engine.AddRow("graph / Block-STM / assembly", $"{c.GraphMs:F1} / {c.ExecutionMs:F1} / {c.AssemblyMs:F1} ms");
        if (c.FellBackToSerial) engine.AddRow("[yellow]fell back to serial[/]", "yes");

        AnsiConsole.Write(new Columns(times, engine) { Expand = false });
        AnsiConsole.MarkupLine(r.Identical ? "parallel == serial: [green]yes[/]" : $"parallel == serial: [red]NO[/] ({Markup.Escape(r.Difference ?? "")})");
    }
}
