namespace ParallelEvm.Actors;

/// <summary>Serial and parallel execution behind one API: same request, bit-for-bit the same result.</summary>
public interface IBlockExecutor
{
    ExecutionMode Mode { get; }

    Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default);
}
