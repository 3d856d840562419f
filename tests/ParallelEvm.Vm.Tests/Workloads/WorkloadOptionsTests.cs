using System.Numerics;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Vm.Tests.Workloads;

/// <summary>Nonce chains, invalid transactions, transaction shape and option checks.</summary>
public class WorkloadOptionsTests
{
    public static TheoryData<WorkloadKind> Kinds => new(Enum.GetValues<WorkloadKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Nonce_chains_interleave_senders_and_all_succeed(WorkloadKind kind)
    {
        var w = WorkloadGenerator.Create(new WorkloadOptions(kind, 30) { TxsPerSender = 3, Seed = 11, ConflictRate = 0.2 });
        WorkloadChecks.RunAndCheck(w);
        var bySender = w.Txs.GroupBy(t => t.Sender).ToArray();
        Assert.All(bySender, g => Assert.Equal(Enumerable.Range(0, g.Count()).Select(i => (ulong)i), g.Select(t => t.Nonce)));
        if (kind != WorkloadKind.Mixed) // mixed moves some transfers onto the shared sender
        {
            Assert.Equal(10, bySender.Length);
            Assert.All(bySender, g => Assert.Equal(3, g.Count()));
            Assert.Equal(w.Txs[0].Sender, w.Txs[10].Sender); // round-robin: sender i sends i, i + 10, i + 20
            Assert.NotEqual(w.Txs[0].Sender, w.Txs[1].Sender);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Invalid_transactions_are_rejected_and_the_rest_succeed(WorkloadKind kind)
    {
        var w = WorkloadGenerator.Create(new WorkloadOptions(kind, 40)
        {
            InvalidTxs = InvalidTxKinds.NonceGap | InvalidTxKinds.InsufficientBalance, TxsPerSender = 2, Seed = 13,
        });
        Assert.Equal(42, w.Txs.Count);
        Assert.Equal(2, w.InvalidTxIndices.Count);
        var run = WorkloadChecks.RunAndCheck(w);
        var errors = w.InvalidTxIndices.Select(i => run.Results[i].Error!).ToArray();
        Assert.Contains(errors, e => e.Contains("nonce"));
        Assert.Contains(errors, e => e.Contains("insufficient funds"));

        foreach (int i in w.InvalidTxIndices)
        {
            var tx = w.Txs[i];
            var account = w.PreState.GetAccount(tx.Sender)!.Value;
            var cost = tx.GasLimit * tx.MaxFeePerGas.ToBigInteger() + tx.Value.ToBigInteger();
            int validFromSender = w.Txs.Where((t, j) => t.Sender == tx.Sender && !w.InvalidTxIndices.Contains(j)).Count();
            // Either the nonce skips one past the sender's last valid one, or the balance is one wei short.
            Assert.True(tx.Nonce == (ulong)validFromSender + 1 || account.Balance.ToBigInteger() == cost - 1);
        }
    }

    [Fact]
    public void An_empty_workload_can_still_carry_invalid_transactions()
    {
        var w = WorkloadGenerator.Create(new WorkloadOptions(WorkloadKind.Erc20, 0) { InvalidTxs = InvalidTxKinds.NonceGap });
        Assert.Single(w.Txs);
        Assert.Equal([0], w.InvalidTxIndices);
        WorkloadChecks.RunAndCheck(w);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Transactions_are_funded_eip1559_transactions_that_fit_the_block(WorkloadKind kind)
    {
        var w = WorkloadGenerator.Create(kind, 50, seed: 17, conflictRate: 0.5);
        Assert.Equal(SpecId.Cancun, w.Rules.Spec);
        Assert.True(w.Env.BaseFee > UInt256.Zero);
        Assert.Equal(0UL, w.Env.ExcessBlobGas);
        Assert.Equal(1UL, w.Env.ChainId);
        Assert.True(w.Txs.Sum(t => t.GasLimit) <= w.Env.GasLimit);
        foreach (var tx in w.Txs)
        {
            Assert.Equal(TxType.DynamicFee, tx.Type);
            Assert.Equal(1UL, tx.ChainId);
            Assert.True(tx.MaxFeePerGas >= w.Env.BaseFee + tx.MaxPriorityFeePerGas, "the full tip is paid");
            Assert.True(tx.MaxPriorityFeePerGas > UInt256.Zero);
            Assert.InRange(tx.GasLimit, 21_000, 200_000);
            Assert.NotNull(tx.To);
            Assert.NotEqual(w.Env.Coinbase, tx.Sender);
            Assert.NotEqual(w.Env.Coinbase, tx.To);
            // The test's own up-front cost check: every sender can pay for all of its transactions.
        }
        foreach (var group in w.Txs.GroupBy(t => t.Sender))
        {
            BigInteger need = group.Aggregate(BigInteger.Zero, (s, t) => s + t.GasLimit * t.MaxFeePerGas.ToBigInteger() + t.Value.ToBigInteger());
            Assert.True(w.PreState.GetAccount(group.Key)!.Value.Balance.ToBigInteger() >= need);
        }
    }

    [Theory]
    [InlineData(-1, 1, 0.0)]
    [InlineData(10, 0, 0.0)]
    [InlineData(10, 1, -0.1)]
    [InlineData(10, 1, 1.5)]
    [InlineData(10, 1, double.NaN)]
    public void Out_of_range_options_throw(int txCount, int txsPerSender, double conflictRate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkloadGenerator.Create(
            new WorkloadOptions(WorkloadKind.Mixed, txCount) { TxsPerSender = txsPerSender, ConflictRate = conflictRate }));
    }

    [Fact]
    public void Unknown_kinds_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkloadGenerator.Create((WorkloadKind)42, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            WorkloadGenerator.Create(new WorkloadOptions(WorkloadKind.Raw, 1) { InvalidTxs = (InvalidTxKinds)8 }));
        Assert.Throws<ArgumentNullException>(() => WorkloadGenerator.Create(null!));
    }

    [Fact]
    public void Names_describe_the_options()
    {
        Assert.Equal("erc20-1000-s1", WorkloadGenerator.Create(WorkloadKind.Erc20, 1000).Name);
        Assert.Equal("mixed-20-c0.25-s7", WorkloadGenerator.Create(WorkloadKind.Mixed, 20, 7, 0.25).Name);
        Assert.Equal("raw-8-k4-invalid3-s1", WorkloadGenerator.Create(new WorkloadOptions(WorkloadKind.Raw, 8)
            { TxsPerSender = 4, InvalidTxs = InvalidTxKinds.NonceGap | InvalidTxKinds.InsufficientBalance }).Name);
    }
}
