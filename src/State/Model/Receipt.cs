namespace ParallelEvm.State;

/// <summary>
/// A transaction receipt (yellow paper §4.3.1, EIP-658, EIP-2718): from Byzantium a status byte, before it the
/// state root after the transaction; the gas used by the block so far; the bloom of its logs; its logs.
/// </summary>
public sealed class Receipt
{
    public TxType Type { get; init; }
    /// <summary>EIP-658 status (Byzantium on): true when the transaction succeeded. Null before Byzantium.</summary>
    public bool? Success { get; init; }
    /// <summary>Pre-Byzantium: the state root after the transaction. Null from Byzantium on, or when unknown.</summary>
    public Hash256? PostState { get; init; }
    public long CumulativeGasUsed { get; init; }
    public required Bloom Bloom { get; init; }
    public IReadOnlyList<LogEntry> Logs { get; init; } = [];
}
