namespace ParallelEvm.State;

/// <summary>
/// Keeps a few MVMemory instances between blocks (see <see cref="MvMemory.TryReset"/>). Thread-safe: blocks may run
/// concurrently on one engine; each takes its own instance.
/// </summary>
public sealed class MvMemoryPool(int maxKept = 2)
{
    readonly Stack<MvMemory> _kept = new();

    public MvMemory Rent(int shardCount, int expectedLocations)
    {
        lock (_kept)
        {
            while (_kept.TryPop(out var memory))
                if (memory.TryReset(shardCount, expectedLocations)) return memory;
        }
        return new MvMemory(shardCount, expectedLocations);
    }

    /// <summary>Gives an instance back once nothing reads it any more.</summary>
    public void Return(MvMemory memory)
    {
        lock (_kept)
        {
            if (_kept.Count < maxKept) _kept.Push(memory);
        }
    }
}
