using System.Net;
using System.Text;
using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Reports;

/// <summary>
/// The report as one self-contained HTML page: the summary, per scenario its tables and two charts (latency over
/// time: p50 / p99 / max; throughput over time: ok and failed requests per second), and the working set over time.
/// Charts are inline SVG: nothing is fetched, nothing is scripted.
/// </summary>
public static class HtmlReport
{
    static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    public static string Render(RunResult run)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Esc(run.Title)).Append("</title>\n<style>")
            .Append("body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;max-width:1200px}")
            .Append("table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}th,td{border:1px solid #ccc;padding:3px 8px}")
            .Append("td:not(:first-child),th:not(:first-child){text-align:right}th{background:#f3f3f3}")
            .Append(".charts{display:flex;flex-wrap:wrap;gap:12px}.charts svg{border:1px solid #ddd}")
            .Append(".pass{color:#2a7d2a;font-weight:bold}.fail{color:#c0392b;font-weight:bold}code{background:#f5f5f5;padding:0 3px}")
            .Append("</style></head><body>\n");
        html.Append($"<h1>{Esc(run.Title)}</h1>\n<p>Started {run.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC; measured {run.Duration.TotalSeconds:F1} s (drain and grace included). ")
            .Append(run.Passed ? "<span class=\"pass\">PASSED</span>" : "<span class=\"fail\">FAILED</span>").Append("</p>\n<ul>");
        foreach (var note in run.Notes) html.Append($"<li>{Esc(note)}</li>");
        html.Append("</ul>\n<h2>Summary</h2>\n").Append(Table(ReportTables.Requests(run))).Append("<ul>");
        foreach (var line in ReportTables.Summary(run)) html.Append($"<li>{Esc(line)}</li>");
        html.Append("</ul>\n<div class=\"charts\">")
            .Append(SvgLineChart.Render("Throughput over time, all scenarios", "seconds", "ok requests/s",
                run.ScenarioStats.Select((s, i) => new ChartSeries(s.ScenarioName, Palette[i % Palette.Length], s.Timeline.Select(p => (p.Seconds, p.OkRps)).ToList())).ToList()))
            .Append(SvgLineChart.Render("Working set over time", "seconds", "MB",
                [new ChartSeries("working set", Palette[4], run.ScenarioStats.FirstOrDefault()?.Timeline.Select(p => (p.Seconds, p.WorkingSetMb)).ToList() ?? [])]))
            .Append("</div>\n");
        foreach (var s in run.ScenarioStats)
        {
            html.Append($"<h2>Scenario <code>{Esc(s.ScenarioName)}</code></h2>\n<p>Load: {Esc(s.LoadSimulations)}; measured {s.Duration.TotalSeconds:F1} s.</p>\n");
            html.Append("<div class=\"charts\">")
                .Append(SvgLineChart.Render($"Latency over time: {s.ScenarioName}", "seconds", "ms", [
                    new ChartSeries("p50", Palette[0], Answered(s).Select(p => (p.Seconds, p.P50Ms)).ToList()),
                    new ChartSeries("p99", Palette[3], Answered(s).Select(p => (p.Seconds, p.P99Ms)).ToList()),
                    new ChartSeries("max", Palette[1], Answered(s).Select(p => (p.Seconds, p.MaxMs)).ToList())]))
                .Append(SvgLineChart.Render($"Throughput over time: {s.ScenarioName}", "seconds", "requests/s", [
                    new ChartSeries("ok/s", Palette[2], s.Timeline.Select(p => (p.Seconds, p.OkRps)).ToList()),
                    new ChartSeries("failed/s", Palette[1], s.Timeline.Select(p => (p.Seconds, p.FailRps)).ToList())]))
                .Append("</div>\n");
            html.Append(Table(ReportTables.Latencies(s)));
            if (s.StatusCodes.Count > 0) html.Append(Table(ReportTables.StatusCodes(s)));
            if (s.Counters.Count > 0) html.Append("<p>Counters: ").Append(Esc(string.Join(", ", s.Counters.Select(c => $"{c.Key} = {c.Value}")))).Append("</p>\n");
        }
        if (run.Thresholds.Count > 0) html.Append("<h2>Thresholds</h2>\n").Append(Table(ReportTables.Thresholds(run)));
        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>Intervals in which requests ended (an interval without any has no latency to draw, not a latency of 0).</summary>
    static IEnumerable<TimelinePoint> Answered(ScenarioStats s) => s.Timeline.Where(p => p.OkRps + p.FailRps > 0);

    static string Table(TextTable table)
    {
        var html = new StringBuilder("<table><tr>");
        foreach (var h in table.Headers) html.Append($"<th>{Esc(h)}</th>");
        html.Append("</tr>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append($"<td>{Esc(cell)}</td>");
            html.Append("</tr>");
        }
        return html.Append("</table>\n").ToString();
    }

    static string Esc(string text) => WebUtility.HtmlEncode(text);
}
