using System.Runtime.CompilerServices;

namespace ParallelEvm.Stress.Framework;

/// <summary>
/// A condition on a scenario's (or one step's) final statistics; any threshold that does not hold fails the run.
/// The condition's source text is kept as its description (e.g. <c>stats => stats.Fail.Request.Percent &lt; 1</c>).
/// </summary>
public sealed class Threshold
{
    readonly Func<ScenarioStats, bool> _check;

    Threshold(string? stepName, string description, Func<ScenarioStats, bool> check)
    {
        StepName = stepName;
        Description = description;
        _check = check;
    }

    public string? StepName { get; }
    public string Description { get; }

    public static Threshold Create(Func<ScenarioStats, bool> check, [CallerArgumentExpression(nameof(check))] string description = "") =>
        new(null, description, check);

    /// <summary>A condition on one step; a step that never ran fails it.</summary>
    public static Threshold Create(string stepName, Func<StepStats, bool> check, [CallerArgumentExpression(nameof(check))] string description = "") =>
        new(stepName, description, stats => stats.Step(stepName) is { } step && check(step));

    internal ThresholdResult Evaluate(ScenarioStats stats)
    {
        try { return new ThresholdResult(stats.ScenarioName, StepName, Description, _check(stats), null); }
        catch (Exception ex) { return new ThresholdResult(stats.ScenarioName, StepName, Description, false, $"{ex.GetType().Name}: {ex.Message}"); }
    }
}
