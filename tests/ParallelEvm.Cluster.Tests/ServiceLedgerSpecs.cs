using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;

namespace ParallelEvm.Cluster.Tests;

public sealed class ServiceLedgerSpecs
{
    static readonly BlockExecuted Reply = new("a", BlockExecutionResult.Failed("x"));

    [Fact]
    public void A_retried_id_is_answered_from_the_remembered_reply_without_running_again()
    {
        var ledger = new ServiceLedger<string>(new BlockExecutionServiceOptions());
        Assert.Equal(Admission.Queued, ledger.Admit("a", [1], "client-1", out _));
        Assert.True(ledger.TryStartNext(out var id, out _));
        Assert.Equal(["client-1"], ledger.Complete(id, Reply, remember: true));

        Assert.Equal(Admission.Answered, ledger.Admit("a", [1], "client-2", out var reply));
        var remembered = Assert.IsType<BlockExecuted>(reply);
        Assert.Equal("a", remembered.RequestId);
        Assert.Equal("x", remembered.Result.Error);
        Assert.False(ledger.TryStartNext(out _, out _));
    }

    [Fact]
    public void The_same_id_while_running_joins_it_and_both_requesters_get_the_reply()
    {
        var ledger = new ServiceLedger<string>(new BlockExecutionServiceOptions());
        ledger.Admit("a", [1], "client-1", out _);
        Assert.True(ledger.TryStartNext(out _, out _));
        Assert.Equal(Admission.Joined, ledger.Admit("a", [1], "client-2", out _));
        Assert.False(ledger.TryStartNext(out _, out _));
        Assert.Equal(["client-1", "client-2"], ledger.Complete("a", Reply, remember: true));
    }

    [Fact]
    public void Running_blocks_are_bounded_and_the_queue_refuses_when_full()
    {
        var ledger = new ServiceLedger<string>(new BlockExecutionServiceOptions { MaxConcurrentBlocks = 2, MaxQueuedBlocks = 1 });
        foreach (var id in new[] { "a", "b" })
        {
            Assert.Equal(Admission.Queued, ledger.Admit(id, [1], "c", out _));
            Assert.True(ledger.TryStartNext(out _, out _));
        }
        Assert.Equal(Admission.Queued, ledger.Admit("c", [1], "c", out _));
        Assert.False(ledger.TryStartNext(out _, out _));
        Assert.Equal(Admission.Busy, ledger.Admit("d", [1], "c", out _));

        ledger.Complete("a", Reply, remember: true);
        Assert.True(ledger.TryStartNext(out var next, out _));
        Assert.Equal("c", next);
        Assert.Equal(Admission.Queued, ledger.Admit("d", [1], "c", out _));
    }

    [Fact]
    public void Engine_failures_are_not_remembered_so_a_retry_runs_again()
    {
        var ledger = new ServiceLedger<string>(new BlockExecutionServiceOptions());
        ledger.Admit("a", [1], "c", out _);
        ledger.TryStartNext(out _, out _);
        ledger.Complete("a", new BlockExecutionFailed("a", BlockFailure.EngineFailure, "boom"), remember: false);
        Assert.Equal(Admission.Queued, ledger.Admit("a", [1], "c", out _));
    }

    [Fact]
    public void Remembered_replies_are_bounded_and_the_oldest_goes_first()
    {
        var cache = new ReplyCache(2);
        cache.Remember("a", Reply);
        cache.Remember("b", Reply);
        cache.Remember("c", Reply);
        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void A_remembered_result_comes_back_as_the_wire_carries_it()
    {
        var cache = new ReplyCache(4);
        var sent = SampleResults.Rich();
        cache.Remember("r", new BlockExecuted("r", sent));
        Assert.True(cache.TryGet("r", out var reply));
        var back = Assert.IsType<BlockExecuted>(reply);
        Assert.Equal("r", back.RequestId);
        Assert.Null(ClusterResultComparison.FirstCodecDifference(sent, back.Result));
        Assert.True(cache.Bytes > 0);
    }

    [Fact]
    public void A_failure_reply_is_remembered_as_sent()
    {
        var cache = new ReplyCache(4);
        var failed = new BlockExecutionFailed("m", BlockFailure.Malformed, "undecodable block");
        cache.Remember("m", failed);
        Assert.True(cache.TryGet("m", out var reply));
        Assert.Same(failed, reply);
    }

    [Fact]
    public void Remembered_replies_are_bounded_in_bytes_and_the_oldest_goes_first()
    {
        var one = new BlockExecuted("a", SampleResults.Rich());
        var probe = new ReplyCache(10);
        probe.Remember("a", one);
        long size = probe.Bytes;

        var cache = new ReplyCache(capacity: 10, capacityBytes: 2 * size);
        cache.Remember("a", one);
        cache.Remember("b", one);
        Assert.Equal(2 * size, cache.Bytes);
        cache.Remember("c", one);
        Assert.Equal(2, cache.Count);
        Assert.Equal(2 * size, cache.Bytes);
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void A_reply_larger_than_the_byte_bound_is_not_remembered()
    {
        var cache = new ReplyCache(capacity: 10, capacityBytes: 16);
        cache.Remember("a", new BlockExecuted("a", SampleResults.Rich()));
        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("a", out _));
    }
}
