namespace ParallelEvm.Actors;

/// <summary>How the parallel engine runs a block.</summary>
public sealed record EngineOptions
{
    /// <summary>Executor actors (each runs EVM transactions on one thread at a time).</summary>
    public int Executors { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Threads of the engine's dispatcher; 0 (the default) means one per executor, at least two: the scheduler and shard
    /// actors run between batches on the same threads; a thread more than executors mostly spun idle and took CPU
    /// from them on a 2-core machine.
    /// </summary>
    public int DispatcherThreads { get; init; }

    /// <summary>The dispatcher's thread count: <see cref="DispatcherThreads"/>, or one per executor (at least two) when 0.</summary>
    public int ThreadsForDispatcher => DispatcherThreads > 0 ? DispatcherThreads : Math.Max(2, Executors);

    /// <summary>MVMemory shards, each validated by its own actor.</summary>
    public int Shards { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Most transactions handed to an executor in one message (fewer when little work is ready).</summary>
    public int MaxBatchSize { get; init; } = 16;

    /// <summary>
    /// Batches an executor may hold at once (it runs them in order); a dependent of a transaction running on an
    /// executor may then go to that executor's queue instead of waiting for the batch to report. Measured on 2 cores
    /// (mainnet blocks with long predicted chains, 2 executors): 2 was no faster than 1, so 1 is the default.
    /// </summary>
    public int BatchesInFlight { get; init; } = 1;

    /// <summary>How often one transaction may crash its executor before the block fails with that error.</summary>
    public int MaxCrashesPerTransaction { get; init; } = 3;

    /// <summary>
    /// Adaptive mode as a whole: off, every block runs under Block-STM whatever its shape (tests of the engine's
    /// mechanics use this); on, the thresholds below decide when the serial executor is the faster choice.
    /// </summary>
    public bool Adaptive { get; init; } = true;

    /// <summary>
    /// Adaptive mode: when validation aborts more than this share of executions (after <see cref="MinAbortsBeforeFallback"/>),
    /// the block is a dependency chain that Block-STM only slows down; it is then finished serially. 0 disables it.
    /// </summary>
    public double FallbackAbortRate { get; init; } = 0.25;

    public int MinAbortsBeforeFallback { get; init; } = 32;

    /// <summary>Build a <see cref="Graph.TransactionGraph"/> before execution and let the scheduler order work by it.</summary>
    public bool UseTransactionGraph { get; init; } = true;

    /// <summary>
    /// Adaptive mode, from the graph: when the longest chain of predicted dependencies carries more than this share of
    /// the block's gas (gas limits), parallel execution cannot win and the block runs serially. 0 disables it.
    /// </summary>
    public double SerialCriticalPathShare { get; init; } = 0.5;

    /// <summary>
    /// Blocks with fewer transactions than this run serially: the engine's fixed cost (actors, MVMemory, graph,
    /// assembly) dominates. Measured crossover on 2 cores (Block-STM forced, median of ≥ 20 runs): raw transfers never
    /// broke even up to 512; ERC-20 transfers reached parity at 128; AMM swaps at 256. Real blocks agree with the
    /// higher figure: with Block-STM forced (<c>pevm blocks --no-adaptive</c>, 2 executors), the mainnet blocks of 128
    /// to 255 transactions ran at a geometric mean of 0.80× serial. More cores should lower it; set it per machine.
    /// </summary>
    public int SerialBelowTransactions { get; init; } = 256;

    /// <summary>Test hook: called by a shard actor before each validation batch (with the shard's number); throwing from it simulates a shard crash.</summary>
    public Action<int>? BeforeValidate { get; init; }

    /// <summary>Test hook: called before each execution; throwing from it simulates an executor crash.</summary>
    public Action<int, int>? BeforeExecute { get; init; }

    /// <summary>Fails the block instead of hanging if it does not finish in this time.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    public EngineOptions Validate()
    {
        if (Executors < 1) throw new ArgumentOutOfRangeException(nameof(Executors), Executors, "at least one executor");
        if (Shards < 1) throw new ArgumentOutOfRangeException(nameof(Shards), Shards, "at least one shard");
        if (MaxBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(MaxBatchSize), MaxBatchSize, "at least one");
        if (BatchesInFlight < 1) throw new ArgumentOutOfRangeException(nameof(BatchesInFlight), BatchesInFlight, "at least one");
        return this;
    }
}
