namespace ParallelEvm.Stress.Framework;

/// <summary>The outcome of a run: every scenario's statistics, the thresholds, the request ledger, the report files.</summary>
public sealed record RunResult
{
    public required string Title { get; init; }
    public required DateTime StartedUtc { get; init; }
    /// <summary>Measured load, drain and grace (warm-up excluded).</summary>
    public required TimeSpan Duration { get; init; }
    public required IReadOnlyList<ScenarioStats> ScenarioStats { get; init; }
    public required IReadOnlyList<ThresholdResult> Thresholds { get; init; }
    /// <summary>Ids of the requests that got no answer, by scenario.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<long>> LostRequestIds { get; init; }
    public required double WorkingSetStartMb { get; init; }
    public required double WorkingSetEndMb { get; init; }
    /// <summary>Managed heap after a full collection, before the load and after the drain.</summary>
    public double LiveHeapStartMb { get; init; }
    public double LiveHeapEndMb { get; init; }
    /// <summary>Lines describing the setup (target, machine), printed at the top of every report.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>Scenario init/clean failures.</summary>
    public required IReadOnlyList<string> Errors { get; init; }
    public IReadOnlyList<string> ReportFiles { get; init; } = [];

    public RequestCounts Requests => ScenarioStats.Aggregate(RequestCounts.None, (sum, s) => sum.Add(s.Requests));
    public double WorkingSetGrowthPercent => WorkingSetStartMb > 0 ? 100 * (WorkingSetEndMb - WorkingSetStartMb) / WorkingSetStartMb : 0;
    public bool Passed => Errors.Count == 0 && Thresholds.All(t => t.Passed);

    public ScenarioStats Scenario(string name) =>
        ScenarioStats.FirstOrDefault(s => s.ScenarioName == name) ?? throw new KeyNotFoundException($"no scenario '{name}'");
}
