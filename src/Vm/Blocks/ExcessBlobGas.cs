using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Blocks;

/// <summary>EIP-4844: excess blob gas carries over what the parent used above the target (zero at the fork block).</summary>
public static class ExcessBlobGas
{
    public static ulong Expected(BlockHeader parent, ForkRules rules)
    {
        ulong used = (parent.ExcessBlobGas ?? 0) + (parent.BlobGasUsed ?? 0);
        ulong target = rules.BlobTarget * GasCosts.BlobGasPerBlob;
        return used < target ? 0 : used - target;
    }
}
