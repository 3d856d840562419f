using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;
using static ParallelEvm.Actors.Tests.Graph.GraphBlocks;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>Exact edges on small blocks whose dependencies are known by construction.</summary>
public class HandBuiltGraphSpecs
{
    [Fact]
    public void Independent_transfers_have_no_edges()
    {
        var graph = new GraphBlocks().Transfer(0, 1).Transfer(2, 3).Transfer(4, 5).Transfer(6, 7).Build();

        Assert.Empty(Edges(graph));
        Assert.Equal(0, graph.DependentShare);
        Assert.Equal(1, graph.CriticalPathLength);
        Assert.Equal(4, graph.ChainCount);
        Assert.Equal([0, 1, 2, 3], Enumerable.Range(0, 4).Select(graph.ChainOf));
    }

    [Fact]
    public void Same_sender_forms_a_nonce_chain_to_its_previous_transaction_only()
    {
        var graph = new GraphBlocks().Transfer(0, 1).Transfer(2, 3).Transfer(0, 4).Transfer(0, 5).Build();

        Assert.Equal(["2→0", "3→2"], Edges(graph));
        Assert.Equal(3, graph.CriticalPathLength);
        Assert.Equal(3 * 21_000, graph.CriticalPathGas);
        Assert.Equal(0.5, graph.DependentShare);
        Assert.Equal(2, graph.ChainCount);
        Assert.Equal([0, 2, 3], graph.ChainMembers(graph.ChainOf(3)).ToArray());
        Assert.Equal([2], graph.DependentsOf(0).ToArray());
    }

    [Fact]
    public void Gas_weighted_critical_path_can_follow_a_shorter_but_heavier_chain()
    {
        var graph = new GraphBlocks()
            .Send(A(0), A(10), gas: 500_000).Transfer(0, 11)   // A0: two transactions, 521k gas
            .Transfer(1, 12).Transfer(1, 13).Transfer(1, 14)   // A1: three transactions, 63k gas
            .Build();

        Assert.Equal(3, graph.CriticalPathLength);
        Assert.Equal(521_000, graph.CriticalPathGas);
        Assert.Equal(584_000, graph.TotalGas);
        Assert.Equal(2, graph.ChainCount);
    }

    [Fact]
    public void Transfer_to_a_previous_sender_or_from_a_previous_recipient_depends_on_it()
    {
        var graph = new GraphBlocks()
            .Transfer(0, 1)   // 0: A0 → A1
            .Transfer(2, 0)   // 1: credits A0, which tx 0 debited
            .Transfer(1, 3)   // 2: spends from A1, which tx 0 credited
            .Transfer(4, 5)   // 3: unrelated
            .Build();

        Assert.Equal(["1→0", "2→0"], Edges(graph));
        Assert.Equal(2, graph.ChainCount);
    }

    [Fact]
    public void Two_credits_to_one_account_depend_on_each_other_unless_credits_are_deltas()
    {
        var block = new GraphBlocks().Transfer(0, 9).Transfer(1, 9).Transfer(9, 2);

        Assert.Equal(["1→0", "2→1"], Edges(block.Build()));
        // Deltas (ARCHITECTURE.md §4): the credits commute; the spend from A9 still reads the last one.
        Assert.Equal(["2→1"], Edges(block.Build(new GraphOptions { CreditsAreDeltas = true })));
    }

    [Fact]
    public void A_zero_value_call_to_an_account_reads_it_but_does_not_write_it()
    {
        var graph = new GraphBlocks().Transfer(0, 9).Send(A(1), A(9), value: 0).Send(A(2), A(9), value: 0).Build();

        Assert.Equal(["1→0", "2→0"], Edges(graph));
    }

    [Fact]
    public void Erc20_transfer_from_a_previous_recipient_depends_on_it()
    {
        var graph = new GraphBlocks()
            .TokenTransfer(0, 1)   // 0: A0 → A1
            .TokenTransfer(2, 3)   // 1: unrelated holders
            .TokenTransfer(1, 4)   // 2: A1 spends what tx 0 gave it
            .TokenTransfer(5, 3)   // 3: credits A3, credited by tx 1
            .TokenTransfer(6, 1, Token2) // 4: same holder, other token
            .Build();

        Assert.Equal(["2→0", "3→1"], Edges(graph));
    }

    [Fact]
    public void TransferFrom_depends_on_the_approve_before_it_and_approve_depends_on_nothing()
    {
        var graph = new GraphBlocks()
            .Send(A(0), Token, 0, TokenAbi.Approve(A(1), 100))            // 0: A0 lets A1 spend
            .Send(A(2), Token, 0, TokenAbi.Approve(A(3), 100))            // 1: another owner
            .Send(A(1), Token, 0, TokenAbi.TransferFrom(A(0), A(5), 10))  // 2: A1 moves A0's tokens
            .Send(A(6), Token, 0, TokenAbi.Transfer(A(0), 1))             // 3: credits A0, whose balance tx 2 wrote
            .Send(A(7), Token, 0, TokenAbi.Approve(A(8), 100))            // 4: a fresh owner: a pure write
            .Build();

        Assert.Equal(["2→0", "3→2"], Edges(graph));
    }

    [Fact]
    public void Overlapping_access_list_slots_link_transactions_but_a_listed_address_alone_does_not()
    {
        var x = Address.FromNumber(0xABCD);
        AccessListItem[] slot1 = [new(x, [1])], slot2 = [new(x, [2])], addressOnly = [new(x, [])];
        var graph = new GraphBlocks()
            .Send(A(0), A(10), accessList: slot1)
            .Send(A(1), A(11), accessList: slot2)
            .Send(A(2), A(12), accessList: addressOnly)
            .Send(A(3), A(13), accessList: slot1)
            .Send(A(4), A(14), accessList: addressOnly)
            .Build();

        Assert.Equal(["3→0"], Edges(graph));
    }

    [Fact]
    public void Sharing_only_the_coinbase_fee_credit_gives_no_edge()
    {
        // Every transaction pays a tip to the coinbase; none names it.
        var graph = new GraphBlocks().Transfer(0, 1).TokenTransfer(2, 3).Increment(4).Transfer(5, 6).Build();

        Assert.Empty(Edges(graph));
    }

    [Fact]
    public void Transactions_that_name_the_coinbase_depend_only_on_each_other()
    {
        var graph = new GraphBlocks()
            .Transfer(0, 1)
            .Send(Coinbase, A(2))   // 1: spends from the coinbase: its fee credits are deltas, not edges
            .Transfer(3, 4)
            .Send(A(5), Coinbase)   // 3: credits the coinbase, which tx 1 wrote explicitly
            .Build();

        Assert.Equal(["3→1"], Edges(graph));
    }

    [Fact]
    public void Undecoded_calls_to_one_contract_chain_without_speculation()
    {
        var graph = new GraphBlocks().Increment(0).Increment(1).Transfer(2, 3).Increment(4).Build();

        Assert.Equal(["1→0", "3→1"], Edges(graph));
        Assert.Equal(3, graph.CriticalPathLength);
        Assert.Equal(0, graph.SpeculatedCount);
    }

    [Fact]
    public void An_erc20_call_after_an_undecoded_call_to_the_token_depends_on_it()
    {
        // A call the graph cannot decode (balanceOf here) may write anything in the token, so later holders wait for it.
        var graph = new GraphBlocks()
            .TokenTransfer(0, 1)
            .Send(A(2), Token, 0, TokenAbi.BalanceOf(A(0)))
            .TokenTransfer(3, 4)
            .Build();

        Assert.Equal(["1→0", "2→1"], Edges(graph));
    }

    [Fact]
    public void Speculation_sees_that_read_only_calls_do_not_conflict()
    {
        var block = new GraphBlocks()
            .Send(A(0), Token, 0, TokenAbi.BalanceOf(A(5)))
            .Send(A(1), Token, 0, TokenAbi.BalanceOf(A(5)))
            .TokenTransfer(2, 5)                               // 2: writes A5's balance
            .Send(A(3), Token, 0, TokenAbi.BalanceOf(A(5)));   // 3: reads it

        // Facts alone: each undecoded call may write the token's balance (3→1) and storage (3→2).
        Assert.Equal(["1→0", "2→1", "3→1", "3→2"], Edges(block.Build()));
        var speculated = block.Build(Speculating);
        Assert.Equal(["3→2"], Edges(speculated));
        Assert.Equal(4, speculated.SpeculatedCount);
    }

    [Fact]
    public void Speculation_finds_the_shared_counter_slot()
    {
        var graph = new GraphBlocks().Increment(0).Transfer(1, 2).Increment(3).Increment(4).Build(Speculating);

        Assert.Equal(["2→0", "3→2"], Edges(graph));
        Assert.Equal(3, graph.SpeculatedCount); // the plain transfer needs no run
    }

    [Fact]
    public void Speculation_budget_limits_the_runs_and_the_rest_fall_back_to_facts()
    {
        var block = new GraphBlocks().Increment(0).Increment(1).Increment(2).Increment(3);

        var byCount = block.Build(Speculating with { SpeculationMaxTransactions = 2 });
        var byGas = block.Build(Speculating with { SpeculationGasBudget = 250_000 }); // 100k gas limit each

        Assert.Equal(2, byCount.SpeculatedCount);
        Assert.Equal(2, byGas.SpeculatedCount);
        Assert.Equal(["1→0", "2→1", "3→2"], Edges(byCount));
    }

    [Fact]
    public void A_call_to_a_contract_created_earlier_in_the_block_depends_on_the_creation()
    {
        var created = Vm.Evm.ContractAddress.From(A(0), 0);
        // Initcode RETURN(0, 0): an empty contract will do, the call only has to find the creation first.
        var block = new GraphBlocks()
            .Create(A(0), [0x60, 0x00, 0x60, 0x00, 0xf3])
            .Send(A(1), created, 0, CounterAbi.Increment())
            .Transfer(2, 3);

        Assert.Equal(["1→0"], Edges(block.Build()));
        Assert.Equal(["1→0"], Edges(block.Build(Speculating)));
    }

    [Fact]
    public void A_transaction_from_an_eip7702_authority_depends_on_the_transaction_that_authorized()
    {
        var auth = SetCodeBlocks.Authorize(0, SetCodeBlocks.ChainId, SetCodeBlocks.Counter, nonce: 0);
        var authority = SetCodeBlocks.AuthorityAddresses[0];
        var block = new GraphBlocks();
        block.Txs.Add(SetCodeBlocks.SetCode(A(0), 0, A(1), [auth]));
        block.Transfer(2, 3);
        block.Send(authority, A(4));

        Assert.Equal(["2→0"], Edges(block.Build()));
    }
}
