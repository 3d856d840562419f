namespace ParallelEvm.State;

/// <summary>EIP-4895 withdrawal: a beacon-chain validator's balance moved to an execution address, amount in Gwei.</summary>
public sealed record Withdrawal(ulong Index, ulong ValidatorIndex, Address Address, ulong AmountGwei)
{
    /// <summary>The amount in wei (1 Gwei = 10^9 wei).</summary>
    public UInt256 AmountWei => (UInt256)AmountGwei * 1_000_000_000UL;
}
