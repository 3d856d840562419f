namespace ParallelEvm.State;

/// <summary>
/// One transaction's write to one location: a node of the location's version list, sorted by transaction index,
/// highest first. Lives in a <see cref="ChunkedArray{T}"/> and links by index (0 = end), so it holds no references.
/// <see cref="TxIndex"/> and the link are set before the node is published and never change (nodes are never
/// unlinked); the rest has one writer, the executor of the transaction's current incarnation, behind a sequence
/// counter that is odd while it writes.
/// </summary>
struct MvVersionEntry
{
    public int TxIndex;
    public int Next;
    public int Sequence;
    public int Incarnation;
    public MvEntryState State;
    public bool HasAccount;
    public ulong Nonce;
    /// <summary>The storage word, or the account's balance.</summary>
    public UInt256 Word;
    public Hash256 CodeHash;
}

enum MvEntryState : byte { Absent, Written, Estimate }
