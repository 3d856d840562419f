using System.Text;
using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Reports;

/// <summary>The report as Markdown: the same tables as the console, with status codes and their first messages.</summary>
public static class MarkdownReport
{
    public static string Render(RunResult run)
    {
        var md = new StringBuilder();
        md.Append($"# {run.Title}\n\n");
        md.Append($"Started {run.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC, measured for {run.Duration.TotalSeconds:F1} s (drain and grace included).\n\n");
        foreach (var note in run.Notes) md.Append($"- {note}\n");
        md.Append("\n## Summary\n\n").Append(ReportTables.Requests(run).ToMarkdown()).Append('\n');
        foreach (var line in ReportTables.Summary(run)) md.Append($"- {line}\n");
        foreach (var s in run.ScenarioStats)
        {
            md.Append($"\n## Scenario `{s.ScenarioName}`\n\n");
            md.Append($"Load: {s.LoadSimulations}; measured {s.Duration.TotalSeconds:F1} s.\n\n");
            md.Append(ReportTables.Latencies(s).ToMarkdown());
            if (s.StatusCodes.Count > 0) md.Append('\n').Append(ReportTables.StatusCodes(s).ToMarkdown());
            if (s.Counters.Count > 0) md.Append("\nCounters: ").Append(string.Join(", ", s.Counters.Select(c => $"{c.Key} = {c.Value}"))).Append('\n');
        }
        if (run.Thresholds.Count > 0) md.Append("\n## Thresholds\n\n").Append(ReportTables.Thresholds(run).ToMarkdown());
        return md.ToString();
    }
}
