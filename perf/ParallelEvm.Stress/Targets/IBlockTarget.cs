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

    /// <summary>Executes the block; a block that cannot be executed gives a result with an error, never an exception.</summary>
    Task<BlockExecutionResult> ExecuteAsync(BlockSubmission submission, CancellationToken cancellationToken);

    /// <summary>Faults injected so far (executor crashes thrown by the hook), for the reports.</summary>
    long InjectedCrashes { get; }
}
