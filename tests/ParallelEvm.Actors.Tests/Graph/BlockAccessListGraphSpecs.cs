using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using static ParallelEvm.Actors.Tests.Graph.GraphBlocks;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>EIP-7928 block access lists as graph input: consecutive writers of a location are linked, nothing else.</summary>
public class BlockAccessListGraphSpecs
{
    // Four unrelated transfers: the cheap facts see no edge at all.
    static GraphBlocks FourTransfers() => new GraphBlocks().Transfer(0, 1).Transfer(2, 3).Transfer(4, 5).Transfer(6, 7);

    static TransactionGraph Build(GraphBlocks block, BlockAccessList accessList) =>
        TransactionGraph.Build(block.Txs, Env, Rules, block.State, accessList: accessList);

    [Fact]
    public void Consecutive_writers_of_a_slot_or_balance_are_linked_in_block_order()
    {
        var contract = Address.FromNumber(0xC0FFEE);
        // Block access index i + 1 is transaction i; the list need not be sorted.
        var accessList = new BlockAccessList([
            new AccountAccesses(contract) { StorageChanges = [new SlotChanges(7, [4, 1, 3])] },
            new AccountAccesses(A(9)) { BalanceChanges = [2, 4] },
        ]);

        var graph = Build(FourTransfers(), accessList);

        Assert.Equal(["2→0", "3→1", "3→2"], Edges(graph));
        Assert.Empty(Edges(FourTransfers().Build()));
    }

    [Fact]
    public void Reads_system_call_and_withdrawal_positions_and_out_of_range_indices_add_nothing()
    {
        var accessList = new BlockAccessList([
            // 0 is the pre-transaction system calls, 5 (= 4 transactions + 1) the withdrawals after them; 99 and -3 fit nothing.
            new AccountAccesses(A(9)) { BalanceChanges = [0, 1, 5], NonceChanges = [99, -3, 2], StorageReads = [1, 2, 3] },
            new AccountAccesses(A(10)) { CodeChanges = [3] },
        ]);

        Assert.Empty(Edges(Build(FourTransfers(), accessList)));
    }

    [Fact]
    public async Task A_wrong_access_list_changes_no_result()
    {
        // It claims every transaction rewrote the same slot: the scheduler then holds each behind the previous one.
        var block = FourTransfers().Transfer(0, 2).Transfer(8, 9);
        var request = new BlockExecutionRequest(Rules, Env, block.Txs, block.State)
        {
            AccessList = new BlockAccessList([new AccountAccesses(Token) { StorageChanges = [new SlotChanges(1, [1, 2, 3, 4, 5, 6])] }]),
        };
        var serial = SerialBlockExecutor.Execute(request);
        using var engine = new ParallelBlockExecutor(new EngineOptions { Executors = 2, Shards = 2, Adaptive = false });
        var parallel = await engine.ExecuteAsync(request).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(serial.Error);
        Assert.True(parallel.Counters.GraphEdges > block.Build().EdgeCount, "the list's edges were used");
        Assert.Null(BlockComparison.FirstDifference(serial, parallel));
    }
}
