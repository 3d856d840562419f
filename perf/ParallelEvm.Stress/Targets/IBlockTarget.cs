using ParallelEvm.Actors;

namespace ParallelEvm.Stress.Targets;

/// <summary>What the scenarios run against: the engine in this process, a node, or a cluster. One scenario runs against any.</summary>
public interface IBlockTarget : IAsyncDisposable
{
    /// <summary>inprocess, node or cluster.</summary>
    string Name { get; }

    /// <summary>One line for the reports: what exactly runs (executors, nodes, fault rates).</summary>
    string Description { get; }

    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Executes the block: an invalid block gives a result with an error. Throws only when the target itself could
    /// not answer (e.g. the cluster gave up after its retries); the step then fails with that exception.
    /// </summary>
    Task<BlockExecutionResult> ExecuteAsync(BlockSubmission submission, CancellationToken cancellationToken);

    /// <summary>Whether results carry each transaction's write set (a cluster node returns receipts and the block diff only).</summary>
    bool ReturnsTransactionDiffs { get; }

    /// <summary>Faults injected so far (executor crashes thrown by the hook), for the reports.</summary>
    long InjectedCrashes { get; }

    /// <summary>Validation batches an MVMemory shard actor was made to crash on (0 where faults cannot be injected).</summary>
    long InjectedShardCrashes { get; }
}
