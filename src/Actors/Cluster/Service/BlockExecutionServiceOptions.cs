namespace ParallelEvm.Actors.Cluster;

/// <summary>How a node's block-execution service takes requests.</summary>
public sealed record BlockExecutionServiceOptions
{
    /// <summary>
    /// Blocks executed at the same time. One by default: the engine already spreads a block over every core, and a
    /// second block would only compete for them (ARCHITECTURE.md §6: parallelism inside a block stays local).
    /// </summary>
    public int MaxConcurrentBlocks { get; init; } = 1;

    /// <summary>Requests held beyond the running ones; past this the node answers <see cref="BlockFailure.Busy"/>.</summary>
    public int MaxQueuedBlocks { get; init; } = 64;

    /// <summary>Replies remembered by request id, so a retried id is answered without running the block again.</summary>
    public int RememberedReplies { get; init; } = 256;

    /// <summary>
    /// Bound on the remembered replies in bytes (results are kept as their wire encoding): whichever of this and
    /// <see cref="RememberedReplies"/> is reached first forgets the oldest reply. Remembering only saves work (a
    /// forgotten id runs again and gives the same result) and a retry comes within a client's attempt timeout, so a
    /// few MB do: about 120 replies of 100 ERC-20 transfers (~33 kB each), or all 256 of small blocks.
    /// </summary>
    public long RememberedReplyBytes { get; init; } = 4L << 20;

    public BlockExecutionServiceOptions Validate()
    {
        if (MaxConcurrentBlocks < 1) throw new ArgumentOutOfRangeException(nameof(MaxConcurrentBlocks), MaxConcurrentBlocks, "at least one");
        if (MaxQueuedBlocks < 0) throw new ArgumentOutOfRangeException(nameof(MaxQueuedBlocks), MaxQueuedBlocks, "not negative");
        if (RememberedReplies < 1) throw new ArgumentOutOfRangeException(nameof(RememberedReplies), RememberedReplies, "at least one");
        if (RememberedReplyBytes < 1) throw new ArgumentOutOfRangeException(nameof(RememberedReplyBytes), RememberedReplyBytes, "at least one byte");
        return this;
    }
}
