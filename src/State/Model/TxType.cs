namespace ParallelEvm.State;

/// <summary>EIP-2718 transaction types.</summary>
public enum TxType : byte
{
    Legacy = 0,
    AccessList = 1, // EIP-2930
    DynamicFee = 2, // EIP-1559
    Blob = 3,       // EIP-4844
    SetCode = 4,    // EIP-7702
}
