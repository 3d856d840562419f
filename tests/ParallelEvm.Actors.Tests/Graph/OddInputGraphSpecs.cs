using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;
using static ParallelEvm.Actors.Tests.Graph.GraphBlocks;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>Build gives fewer hints on odd blocks, never an exception.</summary>
public class OddInputGraphSpecs
{
    [Fact]
    public void Empty_block_gives_an_empty_graph()
    {
        foreach (var options in new[] { GraphOptions.Default, Speculating })
        {
            var graph = TransactionGraph.Build([], Env, Rules, new InMemoryDb(), options);
            Assert.Equal(0, graph.Count);
            Assert.Equal(0, graph.CriticalPathLength);
            Assert.Equal(0, graph.DependentShare);
            Assert.Equal(0, graph.ChainCount);
        }
    }

    [Fact]
    public void Garbage_creations_calldata_and_missing_accounts_build_with_both_option_sets()
    {
        var stranger = Address.FromNumber(0xDEAD_BEEF); // not in the pre-state: no funds, no nonce
        var block = new GraphBlocks()
            .Create(A(0), [0xfe])                                          // initcode that halts at once
            .Create(A(1), Enumerable.Repeat((byte)0xff, 600).ToArray())    // SELFDESTRUCT soup
            .Send(A(2), Token, 0, [0xa9, 0x05, 0x9c])                      // a selector cut short
            .Send(A(3), Token2, 0, Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray())
            .Send(A(4), Counter, 5, [0xde, 0xad])                          // value to a contract that rejects it
            .Send(stranger, A(5), 1_000)                                   // sender missing from the pre-state
            .Send(stranger, Token, 0, TokenAbi.Transfer(A(6), 1))
            .Send(A(7), A(8), gas: -5)                                     // nonsense gas limit
            .Send(A(9), A(10), accessList: [new(A(11), [])]);
        block.Txs.Add(new Transaction
        {
            Sender = A(12),
            To = A(13),
            GasLimit = long.MaxValue,
            MaxFeePerGas = UInt256.MaxValue,
            Value = UInt256.MaxValue,
            Nonce = ulong.MaxValue
        });

        // The stranger's nonce chain is certain. Without runs, the cut-short call may have written anything in the token
        // the stranger then moves; runs show that it reverted without writing.
        Assert.Equal(["6→2", "6→5"], Edges(block.Build()));
        Assert.Equal(["6→5"], Edges(block.Build(Speculating)));
        Assert.Equal(["6→5"], Edges(block.Build(Speculating with { SpeculateDecodedCalls = false })));
    }

    [Fact]
    public void A_base_state_that_throws_gives_fewer_hints_not_an_exception()
    {
        var block = new GraphBlocks().Increment(0).Increment(1).Transfer(2, 3).Transfer(2, 4);

        var graph = TransactionGraph.Build(block.Txs, Env, Rules, new ThrowingState(block.State, accounts: true), Speculating);

        Assert.Equal(0, graph.SpeculatedCount);
        Assert.Equal(["3→2"], Edges(graph)); // without code the counter calls look like transfers; the nonce chain stays
    }

    [Fact]
    public void Speculative_runs_that_throw_fall_back_to_the_facts()
    {
        var block = new GraphBlocks().Increment(0).Increment(1).Transfer(2, 3).Increment(4);

        var graph = TransactionGraph.Build(block.Txs, Env, Rules, new ThrowingState(block.State, accounts: false), Speculating);

        Assert.Equal(0, graph.SpeculatedCount);
        Assert.Equal(["1→0", "3→1"], Edges(graph));
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentNullException>(() => TransactionGraph.Build(null!, Env, Rules, new InMemoryDb()));
        Assert.Equal("txs", e.ParamName);
    }

    /// <summary>A state whose storage (and, if asked, accounts) cannot be read.</summary>
    sealed class ThrowingState(InMemoryDb inner, bool accounts) : IStateReader
    {
        public Account? GetAccount(Address address) => accounts ? throw new InvalidOperationException("disk gone") : inner.GetAccount(address);
        public byte[] GetCode(Hash256 codeHash) => inner.GetCode(codeHash);
        public UInt256 GetStorage(Address address, in UInt256 slot) => throw new InvalidOperationException("disk gone");
        public bool HasStorage(Address address) => throw new InvalidOperationException("disk gone");
    }
}
