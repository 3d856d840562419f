namespace ParallelEvm.State;

/// <summary>What the EVM sees of the block: the header fields opcodes read, and the BLOCKHASH lookup.</summary>
public sealed class BlockEnv
{
    public ulong Number { get; init; }
    public Address Coinbase { get; init; }
    public ulong Timestamp { get; init; }
    public long GasLimit { get; init; }
    /// <summary>EIP-1559 base fee (zero before London).</summary>
    public UInt256 BaseFee { get; init; }
    /// <summary>Pre-merge DIFFICULTY.</summary>
    public UInt256 Difficulty { get; init; }
    /// <summary>Post-merge PREVRANDAO (EIP-4399); DIFFICULTY returns this from Paris on.</summary>
    public Hash256 PrevRandao { get; init; }
    /// <summary>EIP-4844 excess blob gas; null before Cancun.</summary>
    public ulong? ExcessBlobGas { get; init; }
    public ulong ChainId { get; init; } = 1;
    public Hash256? ParentBeaconBlockRoot { get; init; }
    /// <summary>BLOCKHASH(n) for the 256 blocks before this one; null when unknown.</summary>
    public Func<ulong, Hash256?> BlockHash { get; init; } = _ => null;
}
