namespace ParallelEvm.Actors.Cluster;

/// <summary>How a <see cref="BlockExecutionClient"/> spreads blocks and when it gives up.</summary>
public sealed record BlockExecutionClientOptions
{
    /// <summary>Blocks sent and not yet answered; more wait in the client (this is what keeps nodes' queues short).</summary>
    public int MaxInFlight { get; init; } = 16;

    /// <summary>
    /// How long a sent block may go unacknowledged before it is sent again (a node acknowledges on receipt, so this
    /// only fires when the message was lost, e.g. routed to a node that had just died).
    /// </summary>
    public TimeSpan AcceptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one node may take to answer a block before it is sent to another node (same request id).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>From submission to result, retries included; past it the block fails with <see cref="BlockExecutionTimeoutException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Sends of one request (the first included) before it fails with <see cref="BlockExecutionClusterException"/>.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Pause before resending a block a node refused as busy or failed in its engine.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public BlockExecutionClientOptions Validate()
    {
        if (MaxInFlight < 1) throw new ArgumentOutOfRangeException(nameof(MaxInFlight), MaxInFlight, "at least one");
        if (AcceptTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(AcceptTimeout), AcceptTimeout, "positive");
        if (AttemptTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "positive");
        if (Timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "positive");
        if (MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "at least one");
        if (RetryDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, "not negative");
        return this;
    }
}
