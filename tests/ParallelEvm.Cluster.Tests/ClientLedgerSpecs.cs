using Akka.Actor;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;

namespace ParallelEvm.Cluster.Tests;

public sealed class ClientLedgerSpecs
{
    static readonly Address Node1 = new("akka.tcp", "pevm", "127.0.0.1", 4051);
    static readonly Address Node2 = new("akka.tcp", "pevm", "127.0.0.1", 4052);
    static readonly Address Node3 = new("akka.tcp", "pevm", "127.0.0.1", 4053);
    static readonly TimeSpan T0 = TimeSpan.FromSeconds(100);

    readonly List<(string Id, Address[] Avoid)> _sent = [];
    readonly ClientCounters _counters = new();

    ClientLedger Ledger(BlockExecutionClientOptions? options = null, params Address[] executors)
    {
        var ledger = new ClientLedger(options ?? new BlockExecutionClientOptions(), (m, avoid) => _sent.Add((m.RequestId, avoid.ToArray())), _counters);
        foreach (var node in executors) ledger.ExecutorUp(node, T0);
        return ledger;
    }

    static TaskCompletionSource<BlockExecutionResult> Completion() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    static BlockExecutionResult Result() => BlockExecutionResult.Failed("result");

    [Fact]
    public void A_request_whose_node_leaves_is_resent_under_the_same_id_avoiding_that_node()
    {
        var ledger = Ledger(null, Node1, Node2);
        var done = Completion();
        ledger.Submit("b1", [1], done, T0);
        ledger.Accepted("b1", Node1, T0);
        ledger.ExecutorGone(Node1, T0);

        Assert.Equal([("b1", Array.Empty<Address>()), ("b1", new[] { Node1 })], _sent.Select(s => (s.Id, s.Avoid)));
        ledger.Executed("b1", Result(), T0);
        Assert.True(done.Task.IsCompletedSuccessfully);
        Assert.Equal(1, _counters.Snapshot().Retries);
    }

    [Fact]
    public void A_node_that_does_not_answer_in_time_is_avoided_on_the_retry()
    {
        var options = new BlockExecutionClientOptions { AttemptTimeout = TimeSpan.FromSeconds(5) };
        var ledger = Ledger(options, Node1, Node2);
        ledger.Submit("b1", [1], Completion(), T0);
        ledger.Accepted("b1", Node2, T0);
        ledger.Tick(T0 + TimeSpan.FromSeconds(4));
        Assert.Single(_sent);
        ledger.Tick(T0 + TimeSpan.FromSeconds(5));
        Assert.Equal(2, _sent.Count);
        Assert.Equal([Node2], _sent[1].Avoid);
    }

    [Fact]
    public async Task Each_id_completes_once_and_a_late_reply_from_another_node_is_ignored()
    {
        var ledger = Ledger(null, Node1, Node2);
        var done = Completion();
        ledger.Submit("b1", [1], done, T0);
        ledger.Accepted("b1", Node1, T0);
        ledger.ExecutorGone(Node1, T0);
        var first = Result();
        ledger.Executed("b1", first, T0);
        ledger.Executed("b1", Result(), T0);
        Assert.Same(first, await done.Task);
        Assert.Equal(new BlockExecutionClientStats(Submitted: 1, Completed: 1, Failed: 0, Retries: 1, LateReplies: 1), _counters.Snapshot());
    }

    [Fact]
    public void A_malformed_block_fails_at_once_with_the_nodes_reason()
    {
        var ledger = Ledger(null, Node1);
        var done = Completion();
        ledger.Submit("b1", [1], done, T0);
        ledger.Failed("b1", BlockFailure.Malformed, "RLP: item runs past the end at offset 3", Node1, T0);
        var error = Assert.IsType<BlockExecutionClusterException>(done.Task.Exception!.InnerException);
        Assert.Equal(BlockFailure.Malformed, error.Failure);
        Assert.Contains("offset 3", error.Message);
        Assert.Single(_sent);
    }

    [Fact]
    public void A_busy_node_is_retried_elsewhere_after_the_retry_delay()
    {
        var options = new BlockExecutionClientOptions { RetryDelay = TimeSpan.FromMilliseconds(200) };
        var ledger = Ledger(options, Node1, Node2);
        ledger.Submit("b1", [1], Completion(), T0);
        ledger.Failed("b1", BlockFailure.Busy, "busy", Node1, T0);
        ledger.Tick(T0 + TimeSpan.FromMilliseconds(100));
        Assert.Single(_sent);
        ledger.Tick(T0 + TimeSpan.FromMilliseconds(200));
        Assert.Equal([Node1], _sent[1].Avoid);
    }

    [Fact]
    public void After_the_last_attempt_the_request_fails_with_the_last_problem()
    {
        var options = new BlockExecutionClientOptions { MaxAttempts = 2 };
        var ledger = Ledger(options, Node1, Node2, Node3);
        var done = Completion();
        ledger.Submit("b1", [1], done, T0);
        ledger.Accepted("b1", Node1, T0);
        ledger.ExecutorGone(Node1, T0);
        ledger.Accepted("b1", Node2, T0);
        ledger.ExecutorGone(Node2, T0);
        var error = Assert.IsType<BlockExecutionClusterException>(done.Task.Exception!.InnerException);
        Assert.Contains("gave up after 2 attempt(s)", error.Message);
        Assert.Contains(Node2.ToString(), error.Message);
    }

    [Fact]
    public void Without_executors_requests_wait_and_then_time_out_saying_why()
    {
        var options = new BlockExecutionClientOptions { Timeout = TimeSpan.FromSeconds(30) };
        var ledger = Ledger(options);
        var done = Completion();
        ledger.Submit("b1", [1], done, T0);
        ledger.Tick(T0 + TimeSpan.FromSeconds(29));
        Assert.Empty(_sent);
        Assert.False(done.Task.IsCompleted);
        ledger.Tick(T0 + TimeSpan.FromSeconds(30));
        var error = Assert.IsType<BlockExecutionTimeoutException>(done.Task.Exception!.InnerException);
        Assert.Contains("no executor node is up", error.Message);
        Assert.Equal("b1", error.RequestId);
    }

    [Fact]
    public void A_waiting_request_is_sent_when_the_first_executor_comes_up()
    {
        var ledger = Ledger();
        ledger.Submit("b1", [1], Completion(), T0);
        Assert.Empty(_sent);
        ledger.ExecutorUp(Node1, T0);
        Assert.Single(_sent);
    }

    [Fact]
    public void At_most_MaxInFlight_requests_are_out_and_the_next_goes_when_one_completes()
    {
        var ledger = Ledger(new BlockExecutionClientOptions { MaxInFlight = 2 }, Node1);
        foreach (var id in new[] { "b1", "b2", "b3" }) ledger.Submit(id, [1], Completion(), T0);
        Assert.Equal(["b1", "b2"], _sent.Select(s => s.Id));
        ledger.Executed("b1", Result(), T0);
        Assert.Equal(["b1", "b2", "b3"], _sent.Select(s => s.Id));
    }

    [Fact]
    public void An_acknowledgement_from_a_node_already_gone_triggers_the_retry()
    {
        var ledger = Ledger(null, Node1, Node2);
        ledger.ExecutorGone(Node1, T0);
        ledger.Submit("b1", [1], Completion(), T0);
        ledger.Accepted("b1", Node1, T0);
        Assert.Equal(2, _sent.Count);
        Assert.Equal([Node1], _sent[1].Avoid);
    }

    [Fact]
    public void A_late_acknowledgement_from_an_abandoned_attempt_is_ignored()
    {
        var ledger = Ledger(null, Node1, Node2, Node3);
        ledger.Submit("b1", [1], Completion(), T0);
        ledger.ExecutorGone(Node1, T0);
        ledger.Accepted("b1", Node1, T0);
        Assert.Equal(2, _sent.Count);
        ledger.Accepted("b1", Node2, T0);
        ledger.ExecutorGone(Node2, T0);
        Assert.Equal([Node1, Node2], _sent[2].Avoid.Order());
    }

    [Fact]
    public void A_duplicate_open_id_is_refused()
    {
        var ledger = Ledger(null, Node1);
        ledger.Submit("b1", [1], Completion(), T0);
        var second = Completion();
        ledger.Submit("b1", [1], second, T0);
        Assert.IsType<ArgumentException>(second.Task.Exception!.InnerException);
        Assert.Single(_sent);
    }

    [Fact]
    public void Cancelling_ends_the_request_and_frees_its_slot()
    {
        var ledger = Ledger(new BlockExecutionClientOptions { MaxInFlight = 1 }, Node1);
        var done = Completion();
        ledger.Submit("b1", [1], done, T0);
        ledger.Submit("b2", [1], Completion(), T0);
        ledger.Cancel("b1", CancellationToken.None, T0);
        Assert.True(done.Task.IsCanceled);
        Assert.Equal(["b1", "b2"], _sent.Select(s => s.Id));
    }

    [Fact]
    public void Requests_not_yet_acknowledged_are_resent_when_an_executor_leaves()
    {
        var ledger = Ledger(null, Node1, Node2, Node3);
        ledger.Submit("acked", [1], Completion(), T0);
        ledger.Submit("unacked", [1], Completion(), T0);
        ledger.Accepted("acked", Node2, T0);
        ledger.ExecutorGone(Node1, T0);
        Assert.Equal(["acked", "unacked", "unacked"], _sent.Select(s => s.Id));
        Assert.Equal([Node1], _sent[2].Avoid);
    }

    [Fact]
    public void A_request_no_node_acknowledges_in_time_is_resent()
    {
        var options = new BlockExecutionClientOptions { AcceptTimeout = TimeSpan.FromSeconds(2), AttemptTimeout = TimeSpan.FromSeconds(60) };
        var ledger = Ledger(options, Node1, Node2);
        ledger.Submit("lost", [1], Completion(), T0);
        ledger.Submit("acked", [1], Completion(), T0);
        ledger.Accepted("acked", Node1, T0 + TimeSpan.FromSeconds(1));
        ledger.Tick(T0 + TimeSpan.FromSeconds(2));
        Assert.Equal(["lost", "acked", "lost"], _sent.Select(s => s.Id));
    }
}
