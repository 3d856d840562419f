using ParallelEvm.Actors;

namespace ParallelEvm.Cluster.Tests;

/// <summary>The serial executor, counting the blocks it runs.</summary>
sealed class CountingExecutor : IBlockExecutor
{
    int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public ExecutionMode Mode => ExecutionMode.Serial;

    public Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _runs);
        return Task.FromResult(SerialBlockExecutor.Execute(request, cancellationToken));
    }
}

/// <summary>Throws on its first <c>failures</c> blocks, then runs serially.</summary>
sealed class FailingExecutor(int failures) : IBlockExecutor
{
    int _calls;

    public ExecutionMode Mode => ExecutionMode.Serial;

    public Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _calls) <= failures
            ? throw new InvalidOperationException("simulated engine failure")
            : Task.FromResult(SerialBlockExecutor.Execute(request, cancellationToken));
}

/// <summary>
/// Runs the engine it wraps for the first <c>freeBlocks</c> blocks, then holds every later block until cancelled:
/// a node that has accepted work it will never finish.
/// </summary>
sealed class StallingExecutor(IBlockExecutor inner, int freeBlocks) : IBlockExecutor
{
    int _started;
    int _held;

    /// <summary>Blocks being held right now.</summary>
    public int Held => Volatile.Read(ref _held);

    public ExecutionMode Mode => inner.Mode;

    public async Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _started) <= freeBlocks) return await inner.ExecuteAsync(request, cancellationToken);
        Interlocked.Increment(ref _held);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _held);
        }
    }
}
