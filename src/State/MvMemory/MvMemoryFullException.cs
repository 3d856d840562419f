namespace ParallelEvm.State;

/// <summary>
/// The block touched more locations than its MVMemory was sized for (the table does not grow while executors run).
/// The engine then runs the block serially, which gives the same result.
/// </summary>
public sealed class MvMemoryFullException(int capacity)
    : Exception($"MVMemory is full ({capacity} locations); the block is run serially instead");
