using System.Collections.Concurrent;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.Actors.Hosting;
using ParallelEvm.Vm.Workloads;
using Xunit.Abstractions;

namespace ParallelEvm.Cluster.Tests;

/// <summary>ARCHITECTURE.md §6 end to end: blocks spread over three in-process nodes on 127.0.0.1.</summary>
public sealed class ThreeNodeClusterSpecs(ITestOutputHelper output)
{
    sealed record Block(string Id, BlockExecutionRequest Request, BlockExecutionResult Expected);

    static readonly WorkloadKind[] Kinds = [WorkloadKind.Raw, WorkloadKind.Erc20, WorkloadKind.Amm, WorkloadKind.Chain, WorkloadKind.Mixed];

    /// <summary>Small blocks of every kind (20–50 transactions), every tenth with an invalid transaction in it.</summary>
    static Block MakeBlock(int i)
    {
        var w = WorkloadGenerator.Create(new WorkloadOptions(Kinds[i % Kinds.Length], 20 + i * 7 % 31)
        {
            Seed = i + 1,
            ConflictRate = 0.3,
            InvalidTxs = i % 10 == 9 ? InvalidTxKinds.NonceGap : InvalidTxKinds.None,
        });
        var request = new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
        return new Block($"block-{i:D2}", request, SerialBlockExecutor.Execute(request));
    }

    [Fact]
    public async Task Fifty_blocks_equal_serial_and_each_completes_exactly_once_when_a_node_holding_blocks_is_stopped()
    {
        var blocks = Enumerable.Range(0, 50).Select(MakeBlock).ToArray();
        Assert.Contains(blocks, b => !b.Expected.Succeeded);
        var client = new BlockExecutionClientOptions { MaxInFlight = 8, AttemptTimeout = TimeSpan.FromSeconds(60), Timeout = TimeSpan.FromMinutes(3) };

        await using var node1 = await ClusterNode.StartAsync([], client);
        await using var node2 = await ClusterNode.StartAsync([node1]);
        // Node 3 runs its first three blocks, then holds whatever else it accepts until it is stopped.
        StallingExecutor? stalling = null;
        var node3 = await ClusterNode.StartAsync([node1], executor: system =>
            stalling = new StallingExecutor(ParallelEvmEngine.Get(system).Executor, freeBlocks: 3));
        try
        {
            await node1.WaitForExecutors(3);
            Assert.IsType<StallingExecutor>(node3.Executor);

            var results = new ConcurrentDictionary<string, int>();
            var tasks = blocks.Select(b => node1.Client.ExecuteAsync(b.Id, b.Request)
                .ContinueWith(t =>
                {
                    results.AddOrUpdate(b.Id, 1, (_, n) => n + 1);
                    return t;
                }, TaskScheduler.Default).Unwrap()).ToArray();

            await ClusterNode.WaitUntil(() => stalling!.Held >= 1 && tasks.Count(t => t.IsCompleted) >= 10, "node 3 holding a block mid-stream");
            await node3.StopAsync();

            var outcomes = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromMinutes(3));
            for (int i = 0; i < blocks.Length; i++)
                Assert.True(ClusterResultComparison.FirstDifference(blocks[i].Expected, outcomes[i]) is null,
                    $"{blocks[i].Id}: {ClusterResultComparison.FirstDifference(blocks[i].Expected, outcomes[i])}");
            Assert.Equal(blocks.Select(b => b.Id).Order(), results.Keys.Order());
            Assert.All(results.Values, count => Assert.Equal(1, count));

            var stats = node1.Client.Stats;
            output.WriteLine($"client: {stats}");
            Assert.Equal((50L, 50L, 0L), (stats.Submitted, stats.Completed, stats.Failed));
            Assert.True(stats.Retries >= 1, $"the blocks node 3 held were retried elsewhere ({stats})");
        }
        finally
        {
            await node3.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_node_that_does_not_answer_in_time_has_its_blocks_retried_on_another_node()
    {
        var blocks = Enumerable.Range(0, 6).Select(MakeBlock).ToArray();
        // Two attempts only: the retry must avoid the silent node, or the block fails.
        var client = new BlockExecutionClientOptions { AttemptTimeout = TimeSpan.FromSeconds(3), MaxAttempts = 2, Timeout = TimeSpan.FromMinutes(2) };
        await using var node1 = await ClusterNode.StartAsync([], client);
        await using var silent = await ClusterNode.StartAsync([node1], executor: system => new StallingExecutor(ParallelEvmEngine.Get(system).Executor, freeBlocks: 0));
        await node1.WaitForExecutors(2);

        var outcomes = await Task.WhenAll(blocks.Select(b => node1.Client.ExecuteAsync(b.Id, b.Request))).WaitAsync(TimeSpan.FromMinutes(2));

        for (int i = 0; i < blocks.Length; i++) Assert.Null(ClusterResultComparison.FirstDifference(blocks[i].Expected, outcomes[i]));
        Assert.True(node1.Client.Stats.Retries >= 1, $"some blocks went to the silent node first ({node1.Client.Stats})");
    }

    [Fact]
    public async Task A_malformed_block_fails_with_the_nodes_reason_and_the_cluster_keeps_serving()
    {
        await using var node1 = await ClusterNode.StartAsync([]);
        await using var node2 = await ClusterNode.StartAsync([node1]);
        await node1.WaitForExecutors(2);
        var block = MakeBlock(1);
        var bytes = BlockRequestCodec.Encode(block.Request);

        var error = await Assert.ThrowsAsync<BlockExecutionClusterException>(() => node1.Client.SubmitAsync("truncated", bytes[..^10]));
        Assert.Equal(BlockFailure.Malformed, error.Failure);
        Assert.Contains("RLP", error.Message);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => node1.Client.ExecuteAsync($"after-{i}", block.Request))).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.All(results, r => Assert.Null(ClusterResultComparison.FirstDifference(block.Expected, r)));
    }

    [Fact]
    public async Task A_block_far_larger_than_akka_remotes_default_frame_travels_both_ways()
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Erc20, 3_000, seed: 8);
        var request = new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
        Assert.True(BlockRequestCodec.Encode(request).Length > 4 * 128_000, "the request should exceed Akka.Remote's default 128 kB frame several times");
        await using var node1 = await ClusterNode.StartAsync([], roles: ["gateway"]);
        await using var node2 = await ClusterNode.StartAsync([node1]);
        await node1.WaitForExecutors(1);

        var result = await node1.Client.ExecuteAsync(request).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Null(ClusterResultComparison.FirstDifference(SerialBlockExecutor.Execute(request), result));
        using var reply = new ParallelEvm.State.RlpWriter();
        BlockResultCodec.Write(reply, result);
        Assert.True(reply.Length > 128_000, $"the reply ({reply.Length} bytes) should exceed the default frame as well");
    }
}
