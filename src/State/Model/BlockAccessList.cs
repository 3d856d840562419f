namespace ParallelEvm.State;

/// <summary>
/// An EIP-7928 block-level access list, reduced to what scheduling needs: which accounts and storage slots each
/// transaction changed. A block that carries one tells exactly where its transactions wrote, so the
/// TransactionGraph can link consecutive writers of the same location. Only a hint: execution never trusts it.
/// <para>
/// Positions are EIP-7928 block access indices: 0 is the system calls before the transactions, i + 1 is transaction i,
/// and the count of transactions + 1 is the withdrawals and requests after them.
/// </para>
/// </summary>
public sealed record BlockAccessList(IReadOnlyList<AccountAccesses> Accounts);

/// <summary>One account's changes in a <see cref="BlockAccessList"/>: the block access indices that changed each part.</summary>
public sealed record AccountAccesses(Address Address)
{
    public IReadOnlyList<SlotChanges> StorageChanges { get; init; } = [];
    /// <summary>Slots read but never written in the block (EIP-7928 gives no index for reads).</summary>
    public IReadOnlyList<UInt256> StorageReads { get; init; } = [];
    public IReadOnlyList<int> BalanceChanges { get; init; } = [];
    public IReadOnlyList<int> NonceChanges { get; init; } = [];
    public IReadOnlyList<int> CodeChanges { get; init; } = [];
}

/// <summary>The block access indices that wrote one storage slot.</summary>
public sealed record SlotChanges(UInt256 Slot, IReadOnlyList<int> Indices);
