using ParallelEvm.State;

namespace ParallelEvm.Vm.Tests.Osaka;

/// <summary>EIP-7594 (Osaka): a transaction carries at most 6 blobs, below the block maximum of 9.</summary>
public class BlobsPerTransactionTests
{
    static readonly Address Sender = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");

    static TransactionResult Run(SpecId spec, int blobs)
    {
        var db = new InMemoryDb();
        db.SetAccount(Sender, new Account(0, UInt256.Parse("1000000000000000000000"), Account.EmptyCodeHash));
        var hash = new byte[32];
        hash[0] = 0x01; // KZG versioned hash
        var tx = new Transaction
        {
            Type = TxType.Blob, ChainId = 1, Nonce = 0, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1, GasLimit = 21000,
            To = Address.FromNumber(0x1234), MaxFeePerBlobGas = 10, Sender = Sender,
            BlobVersionedHashes = Enumerable.Repeat(new Hash256(hash), blobs).ToArray(),
        };
        var block = new BlockEnv { Number = 1, GasLimit = 30_000_000, BaseFee = 7, ExcessBlobGas = 0, ChainId = 1 };
        return new TransactionProcessor(ForkRules.For(spec)).Execute(tx, block, db);
    }

    [Fact]
    public void Limit_per_fork()
    {
        Assert.Equal(6UL, ForkRules.For(SpecId.Cancun).MaxBlobsPerTx);
        Assert.Equal(9UL, ForkRules.For(SpecId.Prague).MaxBlobsPerTx);
        Assert.Equal(6UL, ForkRules.For(SpecId.Osaka).MaxBlobsPerTx);
        Assert.Equal(9UL, ForkRules.For(SpecId.Osaka).BlobMax); // the block maximum is unchanged
    }

    [Theory]
    [InlineData(SpecId.Osaka, 6, true)]
    [InlineData(SpecId.Osaka, 7, false)]
    [InlineData(SpecId.Osaka, 9, false)]
    [InlineData(SpecId.Prague, 9, true)]
    [InlineData(SpecId.Prague, 10, false)]
    public void Transactions_over_the_limit_are_invalid(SpecId spec, int blobs, bool valid)
    {
        Assert.Equal(valid, Run(spec, blobs).IsValid);
    }
}
