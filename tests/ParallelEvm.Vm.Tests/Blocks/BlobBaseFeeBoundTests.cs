using ParallelEvm.State;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>EIP-7918 (Osaka): while the blob base fee is below BLOB_BASE_COST × base fee / GAS_PER_BLOB, excess blob gas does not subtract the target.</summary>
public class BlobBaseFeeBoundTests
{
    const ulong GasPerBlob = 131_072;

    static BlockHeader Parent(ulong excess, ulong blobsUsed, ulong baseFee) =>
        new() { ExcessBlobGas = excess, BlobGasUsed = blobsUsed * GasPerBlob, BaseFeePerGas = baseFee };

    [Fact]
    public void Cheap_blobs_under_an_expensive_base_fee_keep_growing_excess_in_osaka()
    {
        // 8192 × 1 gwei > 131072 × 1 wei (the minimum blob fee): excess = 0 + 6 blobs × (9 − 6) / 9 = 2 blobs.
        Assert.Equal(2 * GasPerBlob, ExcessBlobGas.Expected(Parent(0, 6, 1_000_000_000), ForkRules.For(SpecId.Osaka)));
    }

    [Fact]
    public void Prague_has_no_bound()
    {
        Assert.Equal(0UL, ExcessBlobGas.Expected(Parent(0, 6, 1_000_000_000), ForkRules.For(SpecId.Prague)));
    }

    [Fact]
    public void Bound_is_inactive_when_blob_fee_covers_the_execution_cost()
    {
        // Base fee 0: BLOB_BASE_COST × 0 is never above the blob cost, so the EIP-4844 rule applies: 9 − 6 = 3 blobs.
        Assert.Equal(3 * GasPerBlob, ExcessBlobGas.Expected(Parent(0, 9, 0), ForkRules.For(SpecId.Osaka)));
    }

    [Fact]
    public void Osaka_limits_the_encoded_block_size()
    {
        Assert.Equal(8_388_608, ForkRules.For(SpecId.Osaka).MaxRlpBlockSize);
        Assert.Equal(int.MaxValue, ForkRules.For(SpecId.Prague).MaxRlpBlockSize);
    }
}
