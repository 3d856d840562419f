namespace ParallelEvm.State.Json;

/// <summary>One named test of a fixture file: environment, pre-state, and its vectors for the selected forks.</summary>
public sealed class StateTestCase
{
    public required string File { get; init; }
    public required string Name { get; init; }
    public required BlockEnv Env { get; init; }
    public required FixtureState Pre { get; init; }

    /// <summary>Vectors of the selected forks, in fixture order.</summary>
    public List<StateTestVector> Vectors { get; } = new();

    /// <summary>Ids of vectors whose fork is supported but not selected.</summary>
    public List<string> SkippedVectorIds { get; } = new();
}
