using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Blocks;

/// <summary>EIP-4844: excess blob gas carries over what the parent used above the target (zero at the fork block).</summary>
public static class ExcessBlobGas
{
    /// <summary>EIP-7918: the blob base fee may not fall below this share of the execution base fee.</summary>
    public const ulong BlobBaseCost = 1 << 13;

    public static ulong Expected(BlockHeader parent, ForkRules rules)
    {
        ulong parentExcess = parent.ExcessBlobGas ?? 0, parentUsed = parent.BlobGasUsed ?? 0;
        ulong target = rules.BlobTarget * GasCosts.BlobGasPerBlob;
        if (parentExcess + parentUsed < target) return 0;
        // EIP-7918: while blobs are priced below their execution cost, excess grows without subtracting the target.
        if (rules.HasBlobBaseFeeBound && ExecutionCostExceedsBlobFee(parent, parentExcess, rules))
            return parentExcess + parentUsed * (rules.BlobMax - rules.BlobTarget) / rules.BlobMax;
        return parentExcess + parentUsed - target;
    }

    static bool ExecutionCostExceedsBlobFee(BlockHeader parent, ulong parentExcess, ForkRules rules)
    {
        var blobBaseFee = BlobGas.BaseFee(parentExcess, rules.BlobBaseFeeUpdateFraction);
        var baseFee = parent.BaseFeePerGas ?? UInt256.Zero;
        bool overflowA = UInt256.MultiplyOverflow(baseFee, BlobBaseCost, out var executionCost);
        bool overflowB = UInt256.MultiplyOverflow(blobBaseFee, GasCosts.BlobGasPerBlob, out var blobCost);
        if (overflowA != overflowB) return overflowA;
        return executionCost > blobCost;
    }
}
