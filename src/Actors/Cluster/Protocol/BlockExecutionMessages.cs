namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// The block-execution protocol between a <see cref="BlockExecutionClient"/> and the service on nodes with role
/// <c>executor</c> (ARCHITECTURE.md §6). Every message names its request id, so a retry of the same id is idempotent.
/// All of them travel with <see cref="BlockMessageSerializer"/>.
/// </summary>
public interface IBlockExecutionMessage
{
    string RequestId { get; }
}

/// <summary>
/// Execute one block. <paramref name="Block"/> is the block with its pre-state witness as
/// <see cref="BlockRequestCodec"/> encodes it; the node decodes it itself, so a malformed block becomes an error reply
/// for this request instead of a failure of the connection.
/// </summary>
public sealed record ExecuteBlock(string RequestId, byte[] Block) : IBlockExecutionMessage;

/// <summary>The node holds the request (queued or running): from now on its leaving means the request must be retried.</summary>
public sealed record BlockAccepted(string RequestId) : IBlockExecutionMessage;

/// <summary>
/// The block's outcome, the same as the local executors return. Per-transaction write sets are not shipped
/// (<see cref="ParallelEvm.Vm.TransactionResult.Changes"/> is empty); the block's diff is.
/// </summary>
public sealed record BlockExecuted(string RequestId, BlockExecutionResult Result) : IBlockExecutionMessage;

/// <summary>The node could not execute the request; <see cref="Kind"/> says whether another node may do better.</summary>
public sealed record BlockExecutionFailed(string RequestId, BlockFailure Kind, string Reason) : IBlockExecutionMessage;

public enum BlockFailure
{
    /// <summary>The request does not decode to a block (truncated or malformed RLP, unknown fork…): retrying cannot help.</summary>
    Malformed = 1,
    /// <summary>The node's queue is full: try another node.</summary>
    Busy = 2,
    /// <summary>The engine threw while executing the block: another node may succeed.</summary>
    EngineFailure = 3,
}
