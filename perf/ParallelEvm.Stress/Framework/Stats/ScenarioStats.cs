namespace ParallelEvm.Stress.Framework;

/// <summary>Everything measured for one scenario; what thresholds and reports read.</summary>
public sealed record ScenarioStats
{
    public required string ScenarioName { get; init; }
    public required TimeSpan Duration { get; init; }
    public required string LoadSimulations { get; init; }
    public required MeasurementStats Ok { get; init; }
    public required MeasurementStats Fail { get; init; }
    public required IReadOnlyList<StepStats> StepStats { get; init; }
    public required IReadOnlyList<StatusCodeStats> StatusCodes { get; init; }
    /// <summary>Counters the scenario added to (e.g. executor restarts seen in results).</summary>
    public required IReadOnlyDictionary<string, long> Counters { get; init; }
    public required IReadOnlyList<TimelinePoint> Timeline { get; init; }
    public required RequestCounts Requests { get; init; }

    public long AllRequestCount => Ok.Request.Count + Fail.Request.Count;
    public long AllOkCount => Ok.Request.Count;
    public long AllFailCount => Fail.Request.Count;
    /// <summary>Requests with no answer by the end of the run plus the grace period.</summary>
    public long Lost => Requests.Lost;

    public StepStats? Step(string name) => StepStats.FirstOrDefault(s => s.StepName == name);
}
