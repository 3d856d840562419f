namespace ParallelEvm.Actors.Cluster;

/// <summary>What a <see cref="BlockExecutionClient"/> has done so far.</summary>
/// <param name="Submitted">Requests handed to the client.</param>
/// <param name="Completed">Requests answered with a result.</param>
/// <param name="Failed">Requests that ended with an exception (malformed, out of attempts, timed out, cancelled).</param>
/// <param name="Retries">Sends beyond the first of a request (node left, no answer in time, busy, engine failure).</param>
/// <param name="LateReplies">Results for requests already answered by another node (ignored: each id completes once).</param>
public sealed record BlockExecutionClientStats(long Submitted, long Completed, long Failed, long Retries, long LateReplies);

/// <summary>The counters behind <see cref="BlockExecutionClientStats"/>, written by the client's actor, read by anyone.</summary>
sealed class ClientCounters
{
    long _submitted, _completed, _failed, _retries, _lateReplies;

    public void Submitted() => Interlocked.Increment(ref _submitted);
    public void Completed() => Interlocked.Increment(ref _completed);
    public void Failed() => Interlocked.Increment(ref _failed);
    public void Retried() => Interlocked.Increment(ref _retries);
    public void LateReply() => Interlocked.Increment(ref _lateReplies);

    public BlockExecutionClientStats Snapshot() => new(
        Interlocked.Read(ref _submitted), Interlocked.Read(ref _completed), Interlocked.Read(ref _failed),
        Interlocked.Read(ref _retries), Interlocked.Read(ref _lateReplies));
}
