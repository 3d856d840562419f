using ParallelEvm.State;

namespace ParallelEvm.Actors.Tests;

public class ParallelTransferSpecs
{
    static async Task<(BlockExecutionResult serial, BlockExecutionResult parallel)> Both(IReadOnlyList<Transaction> txs, InMemoryDb state, EngineOptions? options = null)
    {
        var request = TransferBlocks.Request(txs, state);
        var serial = SerialBlockExecutor.Execute(request);
        using var engine = new ParallelBlockExecutor(options ?? new EngineOptions { Executors = 2, Shards = 2, Adaptive = false });
        var parallel = await engine.ExecuteAsync(request).WaitAsync(TimeSpan.FromSeconds(60));
        return (serial, parallel);
    }

    [Fact]
    public async Task Independent_transfers_equal_serial()
    {
        var txs = Enumerable.Range(0, 200).Select(i => TransferBlocks.Transfer(i, 1000 + i, 1000 + (ulong)i)).ToArray();
        var (serial, parallel) = await Both(txs, TransferBlocks.Funded(200));
        Assert.Null(serial.Error);
        Assert.Null(ParallelEvm.Actors.Benchmarking.BlockComparison.FirstDifference(serial, parallel));
    }

    [Fact]
    public async Task Chain_of_dependent_transfers_equals_serial()
    {
        // Account i sends to i+1 everything it just received plus its own: every transaction reads the previous one's write.
        var txs = Enumerable.Range(0, 100).Select(i => TransferBlocks.Transfer(i, i + 1, 1_000_000)).ToArray();
        var (serial, parallel) = await Both(txs, TransferBlocks.Funded(101));
        Assert.Null(serial.Error);
        Assert.Null(ParallelEvm.Actors.Benchmarking.BlockComparison.FirstDifference(serial, parallel));
    }

    [Fact]
    public async Task Nonce_chain_of_one_sender_equals_serial()
    {
        var txs = Enumerable.Range(0, 60).Select(i => TransferBlocks.Transfer(0, 1 + i % 3, 5, nonce: (ulong)i)).ToArray();
        var (serial, parallel) = await Both(txs, TransferBlocks.Funded(4));
        Assert.Null(serial.Error);
        Assert.Null(ParallelEvm.Actors.Benchmarking.BlockComparison.FirstDifference(serial, parallel));
    }
}
