namespace ParallelEvm.Actors;

/// <summary>How the parallel engine runs a block.</summary>
public sealed record EngineOptions
{
    /// <summary>Executor actors (each runs EVM transactions on one thread at a time).</summary>
    public int Executors { get; init; } = Environment.ProcessorCount;

    /// <summary>MVMemory shards, each validated by its own actor.</summary>
    public int Shards { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Most transactions handed to an executor in one message (fewer when little work is ready).</summary>
    public int MaxBatchSize { get; init; } = 16;

    /// <summary>How often one transaction may crash its executor before the block fails with that error.</summary>
    public int MaxCrashesPerTransaction { get; init; } = 3;

    /// <summary>Test hook: called before each execution; throwing from it simulates an executor crash.</summary>
    public Action<int, int>? BeforeExecute { get; init; }

    /// <summary>Fails the block instead of hanging if it does not finish in this time.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    public EngineOptions Validate()
    {
        if (Executors < 1) throw new ArgumentOutOfRangeException(nameof(Executors), Executors, "at least one executor");
        if (Shards < 1) throw new ArgumentOutOfRangeException(nameof(Shards), Shards, "at least one shard");
        if (MaxBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(MaxBatchSize), MaxBatchSize, "at least one");
        return this;
    }
}
