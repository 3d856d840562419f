using Akka.Actor;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Cluster.Tests;

public sealed class BlockExecutionServiceSpecs : Akka.TestKit.Xunit2.TestKit
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    static (BlockExecutionRequest Request, byte[] Bytes) Block(int seed)
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Mixed, 20, seed, conflictRate: 0.2);
        var request = new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
        return (request, BlockRequestCodec.Encode(request));
    }

    [Fact]
    public void A_block_is_acknowledged_then_answered_with_the_serial_result()
    {
        var (request, bytes) = Block(1);
        var service = Sys.ActorOf(BlockExecutionServiceActor.Props(new CountingExecutor()));
        service.Tell(new ExecuteBlock("b1", bytes), TestActor);
        ExpectMsg<BlockAccepted>(m => m.RequestId == "b1", Patience);
        var reply = ExpectMsg<BlockExecuted>(Patience);
        Assert.Null(ClusterResultComparison.FirstDifference(SerialBlockExecutor.Execute(request), reply.Result));
    }

    [Fact]
    public void A_retried_id_is_answered_again_without_running_the_block_again()
    {
        var executor = new CountingExecutor();
        var service = Sys.ActorOf(BlockExecutionServiceActor.Props(executor));
        var (_, bytes) = Block(2);
        service.Tell(new ExecuteBlock("b2", bytes), TestActor);
        ExpectMsg<BlockAccepted>(Patience);
        var first = ExpectMsg<BlockExecuted>(Patience);
        service.Tell(new ExecuteBlock("b2", bytes), TestActor);
        var second = ExpectMsg<BlockExecuted>(Patience);
        // Remembered as the wire carries it (no per-transaction write sets), so compared as the codec sees it.
        Assert.Null(ClusterResultComparison.FirstCodecDifference(first.Result, second.Result));
        Assert.Equal(1, executor.Runs);
    }

    [Fact]
    public void A_truncated_block_gets_a_malformed_reply_and_the_node_keeps_serving()
    {
        var service = Sys.ActorOf(BlockExecutionServiceActor.Props(new CountingExecutor()));
        var (_, bytes) = Block(3);
        service.Tell(new ExecuteBlock("bad", bytes[..(bytes.Length / 2)]), TestActor);
        ExpectMsg<BlockAccepted>(Patience);
        var failure = ExpectMsg<BlockExecutionFailed>(Patience);
        Assert.Equal(("bad", BlockFailure.Malformed), (failure.RequestId, failure.Kind));
        Assert.Contains("RLP", failure.Reason);

        service.Tell(new ExecuteBlock("good", bytes), TestActor);
        ExpectMsg<BlockAccepted>(Patience);
        Assert.Equal("good", ExpectMsg<BlockExecuted>(Patience).RequestId);
    }

    [Fact]
    public void Garbage_that_is_not_rlp_at_all_gets_a_malformed_reply()
    {
        var service = Sys.ActorOf(BlockExecutionServiceActor.Props(new CountingExecutor()));
        service.Tell(new ExecuteBlock("junk", [0xde, 0xad, 0xbe, 0xef]), TestActor);
        ExpectMsg<BlockAccepted>(Patience);
        Assert.Equal(BlockFailure.Malformed, ExpectMsg<BlockExecutionFailed>(Patience).Kind);
    }

    [Fact]
    public void An_engine_exception_is_reported_and_a_retry_runs_the_block_again()
    {
        var service = Sys.ActorOf(BlockExecutionServiceActor.Props(new FailingExecutor(failures: 1)));
        var (_, bytes) = Block(4);
        service.Tell(new ExecuteBlock("b4", bytes), TestActor);
        ExpectMsg<BlockAccepted>(Patience);
        var failure = ExpectMsg<BlockExecutionFailed>(Patience);
        Assert.Equal(BlockFailure.EngineFailure, failure.Kind);
        Assert.Contains("simulated engine failure", failure.Reason);

        service.Tell(new ExecuteBlock("b4", bytes), TestActor);
        ExpectMsg<BlockAccepted>(Patience);
        Assert.True(ExpectMsg<BlockExecuted>(Patience).Result.Succeeded);
    }

    [Fact]
    public void A_full_node_answers_busy()
    {
        var stalling = new StallingExecutor(new CountingExecutor(), freeBlocks: 0);
        var options = new BlockExecutionServiceOptions { MaxConcurrentBlocks = 1, MaxQueuedBlocks = 0 };
        var service = Sys.ActorOf(BlockExecutionServiceActor.Props(stalling, options));
        var (_, bytes) = Block(5);
        service.Tell(new ExecuteBlock("held", bytes), TestActor);
        ExpectMsg<BlockAccepted>(Patience);
        service.Tell(new ExecuteBlock("next", bytes), TestActor);
        var busy = ExpectMsg<BlockExecutionFailed>(Patience);
        Assert.Equal(("next", BlockFailure.Busy), (busy.RequestId, busy.Kind));
    }
}
