namespace ParallelEvm.Actors;

/// <summary>What the engine did for one block (ARCHITECTURE.md §7).</summary>
public sealed record EngineCounters
{
    public long Executions { get; init; }
    /// <summary>Executions beyond the first of each transaction.</summary>
    public long ReExecutions { get; init; }
    public long Validations { get; init; }
    public long Aborts { get; init; }
    public long Suspensions { get; init; }
    public long ExecutorRestarts { get; init; }
    public long Messages { get; init; }
    /// <summary>The block was finished by the serial executor after too many aborts (adaptive mode).</summary>
    public bool FellBackToSerial { get; init; }

    public static readonly EngineCounters None = new();
}
