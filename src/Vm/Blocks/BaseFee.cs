using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>EIP-1559 base fee: moves towards the gas target (half the limit) by at most 1/8 per block.</summary>
public static class BaseFee
{
    public const ulong ElasticityMultiplier = 2;
    public const ulong MaxChangeDenominator = 8;
    /// <summary>The base fee of the first London block.</summary>
    public const ulong InitialBaseFee = 1_000_000_000;

    /// <summary>The base fee a child of <paramref name="parent"/> must carry; <paramref name="parentIsLondon"/> false means the child is the fork block.</summary>
    public static UInt256 Expected(BlockHeader parent, bool parentIsLondon)
    {
        if (!parentIsLondon || parent.BaseFeePerGas is not { } parentFee) return InitialBaseFee;
        ulong target = parent.GasLimit / ElasticityMultiplier;
        if (target == 0) return parentFee;
        if (parent.GasUsed == target) return parentFee;
        if (parent.GasUsed > target)
        {
            var delta = parentFee * (parent.GasUsed - target) / target / MaxChangeDenominator;
            return parentFee + (delta.IsZero ? UInt256.One : delta);
        }
        var decrease = parentFee * (target - parent.GasUsed) / target / MaxChangeDenominator;
        return parentFee - decrease;
    }
}
