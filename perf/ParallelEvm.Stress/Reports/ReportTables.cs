using System.Globalization;
using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Reports;

/// <summary>The tables every report shows, built once from a run's statistics.</summary>
static class ReportTables
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One row for the whole scenario and one per step: counts, RPS and the latency of ok requests (and a row for failed ones, if any).</summary>
    public static TextTable Latencies(ScenarioStats s)
    {
        var table = new TextTable("step", "count", "ok", "fail", "RPS", "min ms", "mean ms", "p50 ms", "p75 ms", "p95 ms", "p99 ms", "max ms");
        AddRows(table, "(scenario)", s.Ok, s.Fail);
        foreach (var step in s.StepStats) AddRows(table, step.StepName, step.Ok, step.Fail);
        return table;
    }

    static void AddRows(TextTable table, string name, MeasurementStats ok, MeasurementStats fail)
    {
        long all = ok.Request.Count + fail.Request.Count;
        table.Add([name, N(all), N(ok.Request.Count), N(fail.Request.Count), F(ok.Request.RPS + fail.Request.RPS, 1), .. Latency(ok.Latency)]);
        if (fail.Request.Count > 0) table.Add([$"{name} failed", "", "", N(fail.Request.Count), F(fail.Request.RPS, 1), .. Latency(fail.Latency)]);
    }

    static string[] Latency(LatencyStats l) =>
        [F(l.MinMs, 2), F(l.MeanMs, 2), F(l.Percent50, 2), F(l.Percent75, 2), F(l.Percent95, 2), F(l.Percent99, 2), F(l.MaxMs, 2)];

    public static TextTable StatusCodes(ScenarioStats s)
    {
        var table = new TextTable("status code", "outcome", "count", "first message");
        foreach (var c in s.StatusCodes) table.Add(c.StatusCode, c.IsError ? "fail" : "ok", N(c.Count), Shorten(c.Message, 110));
        return table;
    }

    /// <summary>The run's headline: per scenario the ledger's sent / ok / failed / lost, and the total.</summary>
    public static TextTable Requests(RunResult run)
    {
        var table = new TextTable("scenario", "sent", "warm-up", "ok", "failed", "lost", "late");
        foreach (var s in run.ScenarioStats) Add(table, s.ScenarioName, s.Requests);
        Add(table, "total", run.Requests);
        return table;
    }

    static void Add(TextTable table, string name, RequestCounts c) =>
        table.Add(name, N(c.Sent), N(c.WarmUp), N(c.Ok), N(c.Failed), N(c.Lost), N(c.Late));

    public static TextTable Thresholds(RunResult run)
    {
        var table = new TextTable("scenario", "threshold", "result");
        foreach (var t in run.Thresholds)
            table.Add(t.ScenarioName, (t.StepName is null ? "" : $"[{t.StepName}] ") + t.Description, t.Passed ? "passed" : t.Error is null ? "FAILED" : $"FAILED ({t.Error})");
        return table;
    }

    /// <summary>The summary lines, ending with the <c>lost: N</c> line that scripts look for.</summary>
    public static IReadOnlyList<string> Summary(RunResult run)
    {
        var r = run.Requests;
        int failedThresholds = run.Thresholds.Count(t => !t.Passed);
        var lines = new List<string>
        {
            $"run: {(run.Passed ? "PASSED" : "FAILED")}, {run.Thresholds.Count - failedThresholds} thresholds passed, {failedThresholds} failed",
            $"working set: {F(run.WorkingSetStartMb, 0)} MB at the start of the load, {F(run.WorkingSetEndMb, 0)} MB at its end ({run.WorkingSetGrowthPercent.ToString("+0.0;-0.0", Invariant)}%)",
            $"live managed heap after a full GC: {F(run.LiveHeapStartMb, 0)} MB before the load, {F(run.LiveHeapEndMb, 0)} MB after the drain",
            $"requests: sent {N(r.Sent)} (warm-up {N(r.WarmUp)}), ok {N(r.Ok)}, failed {N(r.Failed)}, late {N(r.Late)}",
        };
        lines.AddRange(run.Errors.Select(e => $"error: {e}"));
        foreach (var (scenario, ids) in run.LostRequestIds)
            lines.Add($"lost in {scenario}: request ids {string.Join(", ", ids.Take(20))}{(ids.Count > 20 ? ", …" : "")}");
        lines.Add($"lost: {r.Lost}");
        return lines;
    }

    public static string N(long value) => value.ToString("N0", Invariant);
    public static string F(double value, int decimals) => value.ToString("F" + decimals, Invariant);
    static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
