namespace ParallelEvm.State;

/// <summary>
/// What one transaction did to one account. <see cref="Account"/> null means the account was deleted
/// (self-destructed, or touched while empty under EIP-161).
/// </summary>
public sealed class AccountChange
{
    public Account? Account { get; set; }

    /// <summary>
    /// Whether nonce, balance, code hash or existence changed, as opposed to only storage. The parallel engine
    /// publishes the account location only then: a storage-only writer must not conflict with the contract's readers.
    /// </summary>
    public bool AccountChanged { get; set; } = true;

    /// <summary>New code when the account was given code in this transaction (creation or EIP-7702 delegation).</summary>
    public byte[]? Code { get; set; }

    /// <summary>
    /// The account's storage was wiped before <see cref="Storage"/> applies: it was destroyed or (re)created here.
    /// Readers must then treat every slot not in <see cref="Storage"/> as zero.
    /// </summary>
    public bool StorageCleared { get; set; }

    Dictionary<UInt256, UInt256>? _storage;

    /// <summary>Slots whose value this transaction changed (zero means cleared). Created on first use.</summary>
    public Dictionary<UInt256, UInt256> Storage => _storage ??= new();

    /// <summary>Whether any slot changed, without creating the dictionary (most changes are balance-only).</summary>
    public bool HasStorageChanges => _storage is { Count: > 0 };

    /// <summary>The changed slots, or null when none (for loops on hot paths that must not allocate).</summary>
    public Dictionary<UInt256, UInt256>? StorageOrNull => _storage is { Count: > 0 } ? _storage : null;

    /// <summary>
    /// Set on copies a block-level <see cref="StateDiff.Merge(StateDiff)"/> made and may change in place; an entry
    /// without it still belongs to the transaction diff it came from and is copied before its first change.
    /// </summary>
    internal bool OwnedByMerge { get; private set; }

    /// <summary>A copy that shares nothing mutable with this one.</summary>
    public AccountChange Clone()
    {
        var copy = new AccountChange { Account = Account, AccountChanged = AccountChanged, Code = Code, StorageCleared = StorageCleared, OwnedByMerge = true };
        if (_storage is { Count: > 0 }) copy._storage = new Dictionary<UInt256, UInt256>(_storage);
        return copy;
    }
}
