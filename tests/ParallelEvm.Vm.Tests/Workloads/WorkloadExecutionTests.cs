using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Vm.Tests.Workloads;

/// <summary>Every workload kind, executed serially, does what its description says (see <see cref="WorkloadChecks"/>).</summary>
public class WorkloadExecutionTests
{
    [Theory]
    [InlineData(WorkloadKind.Raw, 1)]
    [InlineData(WorkloadKind.Raw, 2)]
    [InlineData(WorkloadKind.Erc20, 1)]
    [InlineData(WorkloadKind.Erc20, 2)]
    [InlineData(WorkloadKind.Amm, 1)]
    [InlineData(WorkloadKind.Amm, 2)]
    [InlineData(WorkloadKind.Chain, 1)]
    [InlineData(WorkloadKind.Chain, 2)]
    [InlineData(WorkloadKind.Mixed, 1)]
    public void Every_transaction_succeeds_and_the_state_ends_as_computed(WorkloadKind kind, int seed)
    {
        var w = WorkloadGenerator.Create(kind, 150, seed);
        Assert.Equal(150, w.Txs.Count);
        Assert.Empty(w.InvalidTxIndices);
        WorkloadChecks.RunAndCheck(w);
    }

    [Theory]
    [InlineData(WorkloadKind.Raw)]
    [InlineData(WorkloadKind.Erc20)]
    [InlineData(WorkloadKind.Amm)]
    [InlineData(WorkloadKind.Chain)]
    public void Independent_kinds_use_distinct_senders(WorkloadKind kind)
    {
        var w = WorkloadGenerator.Create(kind, 200, seed: 3);
        Assert.Equal(200, w.Txs.Select(t => t.Sender).Distinct().Count());
        Assert.All(w.Txs, t => Assert.Equal(0UL, t.Nonce));
    }

    [Theory]
    [InlineData(WorkloadKind.Raw)]
    [InlineData(WorkloadKind.Erc20)]
    public void Transfers_go_to_distinct_fresh_recipients(WorkloadKind kind)
    {
        var w = WorkloadGenerator.Create(kind, 200, seed: 4);
        var recipients = w.Txs.Select(t => Recipient(kind, t)).ToArray();
        Assert.Equal(200, recipients.Distinct().Count());
        Assert.Empty(recipients.Intersect(w.Txs.Select(t => t.Sender)));
    }

    [Fact]
    public void Amm_swaps_each_hit_their_own_pair()
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Amm, 100, seed: 5);
        Assert.Equal(100, w.Txs.Select(t => t.To).Distinct().Count());
        var run = WorkloadChecks.RunAndCheck(w);
        Assert.Contains(w.Txs, t => t.Data[^1] == 1); // both directions occur
        Assert.Contains(w.Txs, t => t.Data[^1] == 0);
        // A swap writes only its own pair's storage (and accounts): nothing in another contract.
        foreach (var (tx, result) in w.Txs.Zip(run.Results))
            Assert.All(result.Changes.Accounts.Where(a => a.Value.Storage.Count > 0), a => Assert.Equal(tx.To, a.Key));
    }

    [Fact]
    public void Chain_counter_ends_at_the_transaction_count()
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Chain, 64);
        Assert.Single(w.Txs.Select(t => t.To).Distinct());
        var run = WorkloadChecks.RunAndCheck(w);
        Assert.Equal(new UInt256(64), run.State.GetStorage(w.Txs[0].To!.Value, UInt256.Zero));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Mixed_conflict_rate_decides_how_many_transfers_collide(double rate)
    {
        const int n = 200;
        var w = WorkloadGenerator.Create(WorkloadKind.Mixed, n, seed: 9, conflictRate: rate);
        WorkloadChecks.RunAndCheck(w);

        var senders = w.Txs.GroupBy(t => t.Sender).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var recipients = w.Txs.GroupBy(t => Recipient(WorkloadKind.Mixed, t)).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        int colliding = w.Txs.Count(t => senders.Contains(t) || recipients.Contains(t));
        int wanted = (int)Math.Round(rate * n);
        // A conflict group of one (the only hot-recipient or only shared-sender transfer) collides with nothing.
        Assert.InRange(colliding, Math.Max(0, wanted - 2), wanted);
        Assert.True(senders.Count + recipients.Count >= colliding);
        if (rate >= 0.5)
        {
            Assert.NotEmpty(senders);
            Assert.NotEmpty(recipients);
        }
        // The shared sender's transfers carry consecutive nonces in block order.
        foreach (var group in w.Txs.GroupBy(t => t.Sender))
            Assert.Equal(Enumerable.Range(0, group.Count()).Select(i => (ulong)i), group.Select(t => t.Nonce));
    }

    static Address Recipient(WorkloadKind kind, Transaction tx) =>
        kind == WorkloadKind.Raw ? tx.To!.Value : Solidity.AddressOf(Solidity.Word(tx.Data, 0));
}
