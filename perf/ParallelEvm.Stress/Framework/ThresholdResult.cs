namespace ParallelEvm.Stress.Framework;

/// <summary>Whether a threshold held at the end of the run (<see cref="Error"/> when checking it threw).</summary>
public sealed record ThresholdResult(string ScenarioName, string? StepName, string Description, bool Passed, string? Error);
