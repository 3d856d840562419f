namespace ParallelEvm.Stress.Framework;

/// <summary>An immutable scenario definition; each <c>With…</c> returns a changed copy.</summary>
public sealed record ScenarioProps(string Name, Func<ScenarioContext, Task<Response>> Run)
{
    public IReadOnlyList<LoadSimulation> LoadSimulations { get; init; } = [Simulation.KeepConstant(1, TimeSpan.FromMinutes(1))];
    public TimeSpan WarmUpDuration { get; init; } = TimeSpan.FromSeconds(3);
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];
    /// <summary>Runs once before warm-up (prepare data); an exception stops the whole run.</summary>
    public Func<CancellationToken, Task>? Init { get; init; }
    /// <summary>Runs once after the scenario; an exception is reported, not thrown.</summary>
    public Func<Task>? Clean { get; init; }

    public ScenarioProps WithLoadSimulations(params LoadSimulation[] simulations)
    {
        if (simulations.Length == 0) throw new ArgumentException("at least one load simulation", nameof(simulations));
        return this with { LoadSimulations = simulations };
    }

    public ScenarioProps WithWarmUpDuration(TimeSpan duration) =>
        this with { WarmUpDuration = duration >= TimeSpan.Zero ? duration : throw new ArgumentOutOfRangeException(nameof(duration)) };

    public ScenarioProps WithoutWarmUp() => this with { WarmUpDuration = TimeSpan.Zero };

    public ScenarioProps WithThresholds(params Threshold[] thresholds) => this with { Thresholds = [.. Thresholds, .. thresholds] };

    public ScenarioProps WithInit(Func<CancellationToken, Task> init) => this with { Init = init };

    public ScenarioProps WithClean(Func<Task> clean) => this with { Clean = clean };
}
