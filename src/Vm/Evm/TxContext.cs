using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

/// <summary>What the EVM sees of the transaction as a whole (ORIGIN, GASPRICE, BLOBHASH).</summary>
sealed class TxContext
{
    public Address Origin;
    public UInt256 GasPrice;
    public Hash256[] BlobHashes = [];
    public UInt256 BlobBaseFee;
}
