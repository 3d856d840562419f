using CsCheck;
using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Actors.Tests;

/// <summary>
/// Property: for random blocks over every workload, conflict rates from 0 to 100%, 1–4 executors and 1–8 shards,
/// the parallel engine's receipts, gas, logs and state diffs equal serial execution, every time — with the
/// TransactionGraph's hints on and off (hints only change the order of work, never the result).
/// </summary>
public class ParallelEqualsSerialProperties : EngineSpec
{
    static readonly Gen<WorkloadOptions> Blocks =
        from kind in Gen.Enum<WorkloadKind>()
        from txs in Gen.Int[1, 120]
        from seed in Gen.Int[1, 1_000_000]
        from conflict in Gen.Double[0, 1]
        from perSender in Gen.Int[1, 4]
        select new WorkloadOptions(kind, txs) { Seed = seed, ConflictRate = conflict, TxsPerSender = kind == WorkloadKind.Raw ? perSender : 1 };

    static readonly Gen<(WorkloadOptions Block, int Executors, int Shards, int Batch, int InFlight, bool Adaptive, bool Graph)> Cases =
        from block in Blocks
        from executors in Gen.Int[1, 4]
        from shards in Gen.Int[1, 8]
        from batch in Gen.Int[1, 16]
        from inFlight in Gen.Int[1, 3]
        from adaptive in Gen.Bool
        from graph in Gen.Bool
        select (block, executors, shards, batch, inFlight, adaptive, graph);

    [Fact]
    public void Parallel_equals_serial_on_random_blocks()
    {
        Cases.Sample(c =>
        {
            var workload = WorkloadGenerator.Create(c.Block);
            var request = new BlockExecutionRequest(workload.Rules, workload.Env, workload.Txs, workload.PreState);
            var serial = SerialBlockExecutor.Execute(request);
            // Adaptive mode off forces Block-STM itself through every block, chains included.
            var engine = Engine(new EngineOptions
            {
                Executors = c.Executors, Shards = c.Shards, MaxBatchSize = c.Batch, BatchesInFlight = c.InFlight,
                Adaptive = c.Adaptive, UseTransactionGraph = c.Graph,
            });
            var parallel = engine.ExecuteAsync(request).WaitAsync(Bound).GetAwaiter().GetResult();
            var difference = BlockComparison.FirstDifference(serial, parallel);
            if (difference is not null)
                throw new Xunit.Sdk.XunitException($"{workload.Name} with {c.Executors} executors, {c.Shards} shards, batch {c.Batch}, {c.InFlight} in flight, adaptive {c.Adaptive}, graph {c.Graph}: {difference}");
        }, iter: 150, threads: 1);
    }

    [Theory]
    [InlineData(WorkloadKind.Chain, 300, false)]
    [InlineData(WorkloadKind.Mixed, 300, false)]
    [InlineData(WorkloadKind.Erc20, 300, false)]
    [InlineData(WorkloadKind.Amm, 300, false)]
    [InlineData(WorkloadKind.Chain, 300, true)]
    [InlineData(WorkloadKind.Mixed, 300, true)]
    [InlineData(WorkloadKind.Erc20, 300, true)]
    [InlineData(WorkloadKind.Amm, 300, true)]
    public async Task Larger_blocks_equal_serial(WorkloadKind kind, int txs, bool graph)
    {
        var workload = WorkloadGenerator.Create(kind, txs, seed: 7, conflictRate: 0.5);
        var request = new BlockExecutionRequest(workload.Rules, workload.Env, workload.Txs, workload.PreState);
        var serial = SerialBlockExecutor.Execute(request);
        var parallel = await Engine(new EngineOptions { Executors = 2, Shards = 4, Adaptive = false, UseTransactionGraph = graph }).ExecuteAsync(request).WaitAsync(Bound);
        Assert.Null(serial.Error);
        Assert.False(parallel.Counters.FellBackToSerial);
        Assert.Null(BlockComparison.FirstDifference(serial, parallel));
    }

    [Fact]
    public async Task Invalid_transactions_in_a_workload_fail_the_block_the_same_way()
    {
        var workload = WorkloadGenerator.Create(new WorkloadOptions(WorkloadKind.Erc20, 50) { InvalidTxs = InvalidTxKinds.NonceGap | InvalidTxKinds.InsufficientBalance });
        var request = new BlockExecutionRequest(workload.Rules, workload.Env, workload.Txs, workload.PreState);
        var serial = SerialBlockExecutor.Execute(request);
        var parallel = await Engine(new EngineOptions { Executors = 3, Shards = 2, MaxBatchSize = 2 }).ExecuteAsync(request).WaitAsync(Bound);
        Assert.NotNull(serial.Error);
        Assert.Equal(serial.Error, parallel.Error);
    }
}
