namespace ParallelEvm.Actors.Cluster;

/// <summary>The cluster could not execute a block: the request was malformed, or every attempt failed.</summary>
public class BlockExecutionClusterException : Exception
{
    public string RequestId { get; }

    /// <summary>What the last node said, when one answered with a failure.</summary>
    public BlockFailure? Failure { get; }

    public BlockExecutionClusterException(string requestId, string message, BlockFailure? failure = null)
        : base($"block request {requestId}: {message}")
    {
        RequestId = requestId;
        Failure = failure;
    }
}

/// <summary>No node answered a block within <see cref="BlockExecutionClientOptions.Timeout"/>.</summary>
public sealed class BlockExecutionTimeoutException : TimeoutException
{
    public string RequestId { get; }

    public BlockExecutionTimeoutException(string requestId, string message) : base($"block request {requestId}: {message}") =>
        RequestId = requestId;
}
