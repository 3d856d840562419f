namespace ParallelEvm.State;

/// <summary>
/// A block: header, transactions (senders known), uncle headers and (from Shanghai) withdrawals.
/// RPC block JSON names uncles by hash only: then <see cref="Uncles"/> is empty and <see cref="UncleHashes"/>
/// holds them, so the nephew reward can still be paid while the uncles' own rewards cannot.
/// </summary>
public sealed class Block
{
    public required BlockHeader Header { get; init; }
    public IReadOnlyList<Transaction> Transactions { get; init; } = [];
    public IReadOnlyList<BlockHeader> Uncles { get; init; } = [];
    /// <summary>Uncle hashes when the uncle headers themselves are unknown (RPC input); empty otherwise.</summary>
    public IReadOnlyList<Hash256> UncleHashes { get; init; } = [];
    /// <summary>Null before Shanghai (the block has no withdrawals list at all).</summary>
    public IReadOnlyList<Withdrawal>? Withdrawals { get; init; }

    public ulong Number => Header.Number;

    /// <summary>How many uncles the block names (headers or bare hashes).</summary>
    public int UncleCount => Uncles.Count > 0 ? Uncles.Count : UncleHashes.Count;
}
