using ParallelEvm.State;

namespace ParallelEvm.Vm.World;

/// <summary>One account as a transaction sees it: what it was when first read, and what it is now.</summary>
sealed class AccountState
{
    public Account? Original;       // at the start of the transaction (null: did not exist)
    public bool Exists;
    public ulong Nonce;
    public UInt256 Balance;
    public Hash256 CodeHash;
    public byte[]? Code;            // loaded lazily
    public bool CodeChanged;
    /// <summary>Storage wiped in this transaction (account (re)created): unwritten slots read as zero.</summary>
    public bool StorageCleared;
    public bool CreatedInTx;        // EIP-6780
    public bool SelfDestructed;
    public bool Touched;            // EIP-161
    /// <summary>Slots written in this transaction (current values).</summary>
    public Dictionary<UInt256, UInt256> Current = new();
    /// <summary>Slots as read from the state below (values at the start of the transaction).</summary>
    public readonly Dictionary<UInt256, UInt256> OriginalStorage = new();

    public bool IsEmpty => Nonce == 0 && Balance.IsZero && CodeHash == Account.EmptyCodeHash;

    public AccountState(Account? original) => Init(original);

    /// <summary>Re-initialises a pooled instance for another account (the world state reuses them across transactions).</summary>
    public void Init(Account? original)
    {
        Code = null;
        CodeChanged = StorageCleared = CreatedInTx = SelfDestructed = Touched = false;
        Current.Clear();
        OriginalStorage.Clear();
        Original = original;
        Exists = original is not null;
        var a = original ?? Account.Empty;
        Nonce = a.Nonce;
        Balance = a.Balance;
        CodeHash = a.CodeHash;
    }

    public AccountSnapshot Snapshot() => new(Exists, Nonce, Balance, CodeHash, Code, CodeChanged, StorageCleared, CreatedInTx, Current);

    public void Restore(AccountSnapshot s)
    {
        (Exists, Nonce, Balance, CodeHash, Code, CodeChanged, StorageCleared, CreatedInTx, Current) =
            (s.Exists, s.Nonce, s.Balance, s.CodeHash, s.Code, s.CodeChanged, s.StorageCleared, s.CreatedInTx, s.Current);
    }
}

/// <summary>An account's fields before it was (re)created, so that reverting the creation restores them.</summary>
sealed record AccountSnapshot(bool Exists, ulong Nonce, UInt256 Balance, Hash256 CodeHash, byte[]? Code, bool CodeChanged,
    bool StorageCleared, bool CreatedInTx, Dictionary<UInt256, UInt256> Current);
