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
        Assert.Same(Reply, reply);
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
}
