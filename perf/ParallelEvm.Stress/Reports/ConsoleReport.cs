using System.Text;
using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Reports;

/// <summary>The plain-text report printed at the end of a run (and saved as .txt).</summary>
public static class ConsoleReport
{
    public static string Render(RunResult run)
    {
        var text = new StringBuilder();
        text.Append($"\n== {run.Title} ==\n");
        foreach (var note in run.Notes) text.Append(note).Append('\n');
        foreach (var s in run.ScenarioStats)
        {
            text.Append($"\nscenario {s.ScenarioName}: {s.LoadSimulations}; measured {s.Duration.TotalSeconds:F1}s\n");
            text.Append(ReportTables.Latencies(s).ToText());
            if (s.StatusCodes.Count > 0) text.Append("status codes: ").Append(string.Join(", ", s.StatusCodes.Select(c => $"{c.StatusCode} {c.Count}"))).Append('\n');
            if (s.Counters.Count > 0) text.Append("counters: ").Append(string.Join(", ", s.Counters.Select(c => $"{c.Key} {c.Value}"))).Append('\n');
            foreach (var c in s.StatusCodes.Where(c => c.IsError)) text.Append($"  {c.StatusCode}: {c.Message}\n");
        }
        text.Append('\n').Append(ReportTables.Requests(run).ToText());
        if (run.Thresholds.Count > 0) text.Append('\n').Append(ReportTables.Thresholds(run).ToText());
        text.Append('\n');
        foreach (var line in ReportTables.Summary(run)) text.Append(line).Append('\n');
        return text.ToString();
    }
}
