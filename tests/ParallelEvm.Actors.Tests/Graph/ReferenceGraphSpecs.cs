using CsCheck;
using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm.Evm;
using ParallelEvm.Vm.Workloads;
using static ParallelEvm.Actors.Tests.Graph.GraphBlocks;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>
/// The optimized <see cref="TransactionGraph.Build"/> (flat maps, numbered addresses, fast paths for bare transfers and
/// ERC-20 calls, recipients nobody else names left unclassified) gives exactly the graph of the plain
/// <see cref="ReferenceGraph"/>: every edge, and every number derived from the edges.
/// </summary>
public class ReferenceGraphSpecs
{
    [Fact]
    public void Random_generated_workloads_match_the_reference()
    {
        var workloads =
            from kind in Gen.Enum<WorkloadKind>()
            from count in Gen.Int[1, 400]
            from seed in Gen.Int[1, 1_000_000]
            from conflictRate in Gen.Double[0, 1]
            from txsPerSender in Gen.Int[1, 5]
            select new WorkloadOptions(kind, count) { Seed = seed, ConflictRate = conflictRate, TxsPerSender = txsPerSender };
        workloads.Sample(options =>
        {
            var w = WorkloadGenerator.Create(options);
            AssertMatches(options.ToString(), w.Txs, w.PreState, GraphOptions.Default);
        }, iter: 60, threads: 1);
    }

    [Theory]
    [InlineData(WorkloadKind.Raw, 20_000, 0.0, 1)]
    [InlineData(WorkloadKind.Raw, 20_000, 0.0, 4)]
    [InlineData(WorkloadKind.Erc20, 6_000, 0.0, 2)]
    [InlineData(WorkloadKind.Amm, 4_000, 0.0, 3)]
    [InlineData(WorkloadKind.Mixed, 8_000, 0.5, 1)]
    [InlineData(WorkloadKind.Mixed, 8_000, 0.9, 3)]
    public void Large_generated_blocks_match_the_reference(WorkloadKind kind, int count, double conflictRate, int txsPerSender)
    {
        var w = WorkloadGenerator.Create(new WorkloadOptions(kind, count) { ConflictRate = conflictRate, TxsPerSender = txsPerSender });

        AssertMatches(w.Name, w.Txs, w.PreState, GraphOptions.Default);
    }

    [Fact]
    public void Random_hand_built_blocks_with_every_kind_of_key_match_the_reference()
    {
        var blocks = from seed in Gen.Int[1, 1_000_000] from count in Gen.Int[1, 60] from deltas in Gen.Bool select (seed, count, deltas);
        blocks.Sample(c =>
        {
            var block = RandomBlock(c.seed, c.count);
            var options = new GraphOptions { CreditsAreDeltas = c.deltas };
            AssertMatches($"seed {c.seed}, {c.count} txs, deltas {c.deltas}", block.Txs, block.State, options);
        }, iter: 150, threads: 1);
    }

    /// <summary>
    /// Transfers (some of zero value, some to contracts, to the coinbase or to oneself), EIP-20 transfer, transferFrom,
    /// approve and undecodable calls on two tokens, counter increments, creations and calls to what they created,
    /// EIP-2930 access lists on accounts and contracts, and EIP-7702 authorizations (valid and not).
    /// </summary>
    static GraphBlocks RandomBlock(int seed, int count)
    {
        var random = new Random(seed);
        var block = new GraphBlocks(accounts: 12);
        // One authority already delegates (it has code): what it is matters once another transaction names it.
        var designator = SetCodeBlocks.DesignatorOf(SetCodeBlocks.Counter);
        block.State.SetAccount(SetCodeBlocks.AuthorityAddresses[0], new Account(0, 1_000_000, block.State.AddCode(designator, Keccak256.Hash(designator))));
        var created = new List<Address>();
        Address Someone() => random.Next(11) switch
        {
            0 => Token,
            1 => Counter,
            2 => Coinbase,
            3 when created.Count > 0 => created[random.Next(created.Count)],
            4 => SetCodeBlocks.AuthorityAddresses[random.Next(SetCodeBlocks.AuthorityAddresses.Length)],
            _ => A(random.Next(12)),
        };
        Address Holder() => A(random.Next(12));
        Address TokenOf() => random.Next(2) == 0 ? Token : Token2;
        for (int i = 0; i < count; i++)
        {
            var sender = A(random.Next(8));
            var accessList = random.Next(6) == 0 ? RandomAccessList(random, Someone) : null;
            switch (random.Next(10))
            {
                case 0: block.Send(sender, Someone(), value: (ulong)random.Next(2), accessList: accessList); break;
                case 1: block.Send(sender, TokenOf(), 0, TokenAbi.Transfer(Holder(), 1), accessList); break;
                case 2: block.Send(Holder(), TokenOf(), 0, TokenAbi.TransferFrom(Holder(), Holder(), 1), accessList); break;
                case 3: block.Send(sender, TokenOf(), (ulong)random.Next(2), TokenAbi.Approve(Holder(), 5), accessList); break;
                case 4: block.Send(sender, TokenOf(), 0, TokenAbi.BalanceOf(Holder()), accessList); break;
                case 5: block.Send(sender, Counter, 0, CounterAbi.Increment(), accessList); break;
                case 6:
                    block.Create(sender, [0x60, 0x00, 0x60, 0x00, 0xf3]);
                    var creation = block.Txs[^1];
                    created.Add(ContractAddress.From(creation.Sender, creation.Nonce));
                    break;
                case 7 when created.Count > 0: block.Send(sender, created[random.Next(created.Count)], 0, CounterAbi.Increment()); break;
                case 8:
                    var auth = Authorizations.Value[random.Next(Authorizations.Value.Length)];
                    block.Txs.Add(SetCodeBlocks.SetCode(A(8 + random.Next(4)), 0, Someone(), [auth]));
                    break;
                default: block.Send(sender, sender, value: 1, accessList: accessList); break;
            }
        }
        return block;
    }

    /// <summary>Signed once: one valid tuple per authority key, and one with a malleable (invalid) signature.</summary>
    static readonly Lazy<AuthorizationTuple[]> Authorizations = new(() =>
    [
        .. Enumerable.Range(0, SetCodeBlocks.Keys.Length).Select(k => SetCodeBlocks.Authorize(k, SetCodeBlocks.ChainId, SetCodeBlocks.Counter, 0)),
        SetCodeBlocks.Authorize(0, SetCodeBlocks.ChainId, SetCodeBlocks.Counter, 0, highS: true),
    ]);

    static AccessListItem[] RandomAccessList(Random random, Func<Address> someone) =>
        Enumerable.Range(0, random.Next(1, 3))
            .Select(_ => new AccessListItem(someone(), Enumerable.Range(0, random.Next(3)).Select(_ => (UInt256)(ulong)random.Next(4)).ToArray()))
            .ToArray();

    static void AssertMatches(string what, IReadOnlyList<Transaction> txs, IStateReader state, GraphOptions options)
    {
        var graph = TransactionGraph.Build(txs, Env, Rules, state, options);
        var reference = ReferenceGraph.Of(txs, state, options.CreditsAreDeltas);

        for (int tx = 0; tx < txs.Count; tx++)
        {
            Same(what, $"dependencies of {tx}", reference.Dependencies[tx], graph.DependenciesOf(tx));
            Same(what, $"dependents of {tx}", reference.DependentsOf(tx), graph.DependentsOf(tx));
        }
        var chains = reference.Chains();
        Equal(what, "chain count", chains.Count, graph.ChainCount);
        for (int c = 0; c < chains.Count; c++)
        {
            Same(what, $"chain {c}", chains[c], graph.ChainMembers(c));
            foreach (int tx in chains[c]) Equal(what, $"chain of {tx}", c, graph.ChainOf(tx));
        }
        Equal(what, "edge count", reference.Dependencies.Sum(d => d.Length), graph.EdgeCount);
        Equal(what, "critical path length", reference.CriticalPathLength, graph.CriticalPathLength);
        Equal(what, "critical path gas", reference.CriticalPathGas, graph.CriticalPathGas);
        Equal(what, "total gas", reference.Weights.Sum(), graph.TotalGas);
        double share = txs.Count == 0 ? 0 : (double)reference.Dependencies.Count(d => d.Length > 0) / txs.Count;
        Equal(what, "dependent share", share, graph.DependentShare);
    }

    static void Same(string what, string part, int[] expected, ReadOnlySpan<int> actual)
    {
        if (!actual.SequenceEqual(expected))
            throw new Xunit.Sdk.XunitException($"{what}: {part}: reference [{string.Join(", ", expected)}], optimized [{string.Join(", ", actual.ToArray())}]");
    }

    static void Equal<T>(string what, string part, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new Xunit.Sdk.XunitException($"{what}: {part}: reference {expected}, optimized {actual}");
    }
}
