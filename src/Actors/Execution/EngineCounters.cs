namespace ParallelEvm.Actors;

/// <summary>What the engine did for one block (ARCHITECTURE.md §7).</summary>
public sealed record EngineCounters
{
    /// <summary>Every EVM execution of a transaction, a serial pass after a fallback included.</summary>
    public long Executions { get; init; }
    /// <summary>Block-STM executions beyond the first of each transaction (a serial pass after a fallback is not counted here).</summary>
    public long ReExecutions { get; init; }
    public long Validations { get; init; }
    public long Aborts { get; init; }
    public long Suspensions { get; init; }
    public long ExecutorRestarts { get; init; }
    public long Messages { get; init; }
    /// <summary>Predicted dependencies in the block's TransactionGraph (0 without one).</summary>
    public long GraphEdges { get; init; }
    /// <summary>First incarnations held back until their predicted dependencies had executed.</summary>
    public long HeldBack { get; init; }
    /// <summary>Transactions run right behind their predicted dependency on the same executor.</summary>
    public long Chained { get; init; }
    /// <summary>Bytes of the block's MVMemory (location table and allocated chunks) when it finished; 0 without Block-STM.</summary>
    public long MvMemoryBytes { get; init; }
    /// <summary>Wall time building the TransactionGraph (0 without one).</summary>
    public double GraphMs { get; init; }
    /// <summary>Wall time from the scheduler's start to the last validation (Block-STM itself).</summary>
    public double ExecutionMs { get; init; }
    /// <summary>Wall time folding fees and merging the block diff after the last validation.</summary>
    public double AssemblyMs { get; init; }
    /// <summary>The block was finished by the serial executor after too many aborts (adaptive mode).</summary>
    public bool FellBackToSerial { get; init; }

    public static readonly EngineCounters None = new();
}
