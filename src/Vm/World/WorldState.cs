using ParallelEvm.State;

namespace ParallelEvm.Vm.World;

/// <summary>
/// A transaction's view of the world: reads go once per account and slot to the <see cref="IStateReader"/> below,
/// writes stay here in a journal so that a failing call frame can be undone. <see cref="BuildDiff"/> turns the
/// result into the transaction's write set. Reused across transactions by one executor.
/// </summary>
sealed partial class WorldState
{
    static readonly Address Ripemd160 = Address.FromNumber(3);

    readonly Dictionary<Address, AccountState> _accounts = new();
    // Account states are reused across transactions: each holds two dictionaries, the main per-transaction garbage otherwise.
    readonly Stack<AccountState> _pool = new();
    readonly List<JournalEntry> _journal = new();
    readonly HashSet<Address> _warmAccounts = new();
    readonly HashSet<(Address, UInt256)> _warmSlots = new();
    readonly Dictionary<(Address, UInt256), UInt256> _transient = new();
    readonly List<LogEntry> _logs = new();
    IStateReader _reader = null!;

    public long Refund { get; private set; }
    public IReadOnlyList<LogEntry> Logs => _logs;

    public void Reset(IStateReader reader)
    {
        _reader = reader;
        foreach (var state in _accounts.Values) _pool.Push(state);
        _accounts.Clear();
        _journal.Clear();
        _warmAccounts.Clear();
        _warmSlots.Clear();
        _transient.Clear();
        _logs.Clear();
        Refund = 0;
    }

    AccountState Load(Address address)
    {
        if (!_accounts.TryGetValue(address, out var state))
        {
            var original = _reader.GetAccount(address);
            if (_pool.TryPop(out state)) state.Init(original);
            else state = new AccountState(original);
            _accounts[address] = state;
        }
        return state;
    }

    // ---- reads ----
    public bool Exists(Address address) => Load(address).Exists;

    /// <summary>EIP-161 "dead": absent, or present with no code, zero nonce and zero balance.</summary>
    public bool IsDead(Address address)
    {
        var a = Load(address);
        return !a.Exists || a.IsEmpty;
    }

    public UInt256 GetBalance(Address address) => Load(address).Balance;
    public ulong GetNonce(Address address) => Load(address).Nonce;
    public Hash256 GetCodeHash(Address address) => Load(address).CodeHash;

    public byte[] GetCode(Address address)
    {
        var a = Load(address);
        return a.Code ??= a.CodeHash == Account.EmptyCodeHash ? [] : _reader.GetCode(a.CodeHash);
    }

    /// <summary>Whether the account existed with storage or code before: CREATE must not land on it (EIP-684, EIP-7610).</summary>
    public bool HasCollision(Address address)
    {
        var a = Load(address);
        return a.Nonce != 0 || a.CodeHash != Account.EmptyCodeHash
            || (a.Original is not null && !a.StorageCleared && _reader.HasStorage(address));
    }

    public UInt256 GetStorage(Address address, in UInt256 slot)
    {
        var a = Load(address);
        if (a.Current.TryGetValue(slot, out var v)) return v;
        return a.StorageCleared ? UInt256.Zero : ReadOriginal(a, address, slot);
    }

    /// <summary>The slot's value at the start of the transaction (EIP-2200's "original value").</summary>
    public UInt256 GetOriginalStorage(Address address, in UInt256 slot)
    {
        var a = Load(address);
        return a.CreatedInTx ? UInt256.Zero : ReadOriginal(a, address, slot);
    }

    UInt256 ReadOriginal(AccountState a, Address address, in UInt256 slot)
    {
        if (!a.OriginalStorage.TryGetValue(slot, out var v))
            a.OriginalStorage[slot] = v = a.Original is null ? UInt256.Zero : _reader.GetStorage(address, slot);
        return v;
    }

    public UInt256 GetTransient(Address address, in UInt256 slot) => _transient.TryGetValue((address, slot), out var v) ? v : UInt256.Zero;

    public bool IsSelfDestructed(Address address) => Load(address).SelfDestructed;
    public bool IsCreatedInTx(Address address) => Load(address).CreatedInTx;

    // ---- writes (journaled) ----
    public void AddBalance(Address address, in UInt256 amount)
    {
        var a = Load(address);
        Touch(address, a);
        if (amount.IsZero) return;
        _journal.Add(new JournalEntry(JournalKind.Balance, address, default, a.Balance));
        EnsureExists(address, a);
        a.Balance += amount;
    }

    public void SubtractBalance(Address address, in UInt256 amount)
    {
        if (amount.IsZero) return;
        var a = Load(address);
        _journal.Add(new JournalEntry(JournalKind.Balance, address, default, a.Balance));
        a.Balance -= amount;
    }

    public void SetBalance(Address address, in UInt256 balance)
    {
        var a = Load(address);
        _journal.Add(new JournalEntry(JournalKind.Balance, address, default, a.Balance));
        EnsureExists(address, a);
        a.Balance = balance;
    }

    public void SetNonce(Address address, ulong nonce)
    {
        var a = Load(address);
        _journal.Add(new JournalEntry(JournalKind.Nonce, address, default, default, a.Nonce));
        EnsureExists(address, a);
        a.Nonce = nonce;
    }

    public void SetCode(Address address, byte[] code)
    {
        var a = Load(address);
        _journal.Add(new JournalEntry(JournalKind.Code, address, default, a.CodeHash.ToWord(), PreviousObject: a.Code, PreviousFlag: a.CodeChanged));
        a.Code = code;
        a.CodeHash = code.Length == 0 ? Account.EmptyCodeHash : Keccak256.Hash(code);
        a.CodeChanged = true;
    }

    public void SetStorage(Address address, in UInt256 slot, in UInt256 value)
    {
        var a = Load(address);
        var previous = GetStorage(address, slot);
        _journal.Add(new JournalEntry(JournalKind.Storage, address, slot, previous));
        a.Current[slot] = value;
    }

    public void SetTransient(Address address, in UInt256 slot, in UInt256 value)
    {
        var previous = GetTransient(address, slot);
        _journal.Add(new JournalEntry(JournalKind.TransientStorage, address, slot, previous));
        _transient[(address, slot)] = value;
    }

    /// <summary>
    /// Makes a fresh contract account at <paramref name="address"/> (CREATE/CREATE2 or a creation transaction):
    /// the balance stays, everything else starts empty.
    /// </summary>
    public void CreateAccount(Address address, ulong nonce)
    {
        var a = Load(address);
        _journal.Add(new JournalEntry(JournalKind.AccountReset, address, default, default, PreviousObject: a.Snapshot()));
        a.Exists = true;
        a.Nonce = nonce;
        a.CodeHash = Account.EmptyCodeHash;
        a.Code = [];
        a.CodeChanged = false;
        a.StorageCleared = true;
        a.CreatedInTx = true;
        a.Current = new Dictionary<UInt256, UInt256>();
    }

    public void MarkSelfDestructed(Address address)
    {
        var a = Load(address);
        if (a.SelfDestructed) return;
        _journal.Add(new JournalEntry(JournalKind.SelfDestructed, address, default, default));
        a.SelfDestructed = true;
    }

    /// <summary>EIP-161: a touched account that is empty at the end of the transaction is deleted.</summary>
    public void Touch(Address address) => Touch(address, Load(address));

    void Touch(Address address, AccountState a)
    {
        if (a.Touched) return;
        _journal.Add(new JournalEntry(JournalKind.Touched, address, default, default));
        a.Touched = true;
    }

    void EnsureExists(Address address, AccountState a)
    {
        if (a.Exists) return;
        // Only the flag changes here (no snapshot: transfers to fresh accounts did one allocation each for it).
        _journal.Add(new JournalEntry(JournalKind.Existence, address, default, default));
        a.Exists = true;
    }

    /// <summary>Creates an empty account where a pre-EIP-161 call or transfer reaches a missing one.</summary>
    public void CreateIfMissing(Address address) => EnsureExists(address, Load(address));

    // ---- EIP-2929 access sets ----
    /// <summary>Marks the account warm; true when it was cold.</summary>
    public bool WarmAccount(Address address)
    {
        if (!_warmAccounts.Add(address)) return false;
        _journal.Add(new JournalEntry(JournalKind.WarmAccount, address, default, default));
        return true;
    }

    public bool IsWarm(Address address) => _warmAccounts.Contains(address);

    /// <summary>Marks the slot warm; true when it was cold.</summary>
    public bool WarmSlot(Address address, in UInt256 slot)
    {
        if (!_warmSlots.Add((address, slot))) return false;
        _journal.Add(new JournalEntry(JournalKind.WarmSlot, address, slot, default));
        return true;
    }

    // ---- substate ----
    public void AddRefund(long gas)
    {
        _journal.Add(new JournalEntry(JournalKind.Refund, default, default, default, (ulong)Refund));
        Refund += gas;
    }

    public void AddLog(LogEntry log)
    {
        _journal.Add(new JournalEntry(JournalKind.Log, default, default, default));
        _logs.Add(log);
    }

    // ---- snapshots ----
    public int Snapshot() => _journal.Count;

    public void Revert(int snapshot)
    {
        for (int i = _journal.Count - 1; i >= snapshot; i--)
            Undo(_journal[i]);
        _journal.RemoveRange(snapshot, _journal.Count - snapshot);
    }

    void Undo(in JournalEntry e)
    {
        switch (e.Kind)
        {
            case JournalKind.Balance: _accounts[e.Address].Balance = e.Previous; break;
            case JournalKind.Nonce: _accounts[e.Address].Nonce = e.PreviousNonce; break;
            case JournalKind.Code:
                var c = _accounts[e.Address];
                c.CodeHash = new Hash256(e.Previous);
                c.Code = (byte[]?)e.PreviousObject;
                c.CodeChanged = e.PreviousFlag;
                break;
            case JournalKind.Storage: _accounts[e.Address].Current[e.Slot] = e.Previous; break;
            case JournalKind.TransientStorage: _transient[(e.Address, e.Slot)] = e.Previous; break;
            case JournalKind.Touched:
                // The RIPEMD-160 precompile stays touched even when the touching call reverts: a consensus quirk kept
                // since mainnet block 2,675,119 (see the RevertPrecompiledTouch state tests).
                if (e.Address != Ripemd160) _accounts[e.Address].Touched = false;
                break;
            case JournalKind.SelfDestructed: _accounts[e.Address].SelfDestructed = false; break;
            case JournalKind.AccountReset: _accounts[e.Address].Restore((AccountSnapshot)e.PreviousObject!); break;
            case JournalKind.Existence: _accounts[e.Address].Exists = false; break;
            case JournalKind.WarmAccount: _warmAccounts.Remove(e.Address); break;
            case JournalKind.WarmSlot: _warmSlots.Remove((e.Address, e.Slot)); break;
            case JournalKind.Refund: Refund = (long)e.PreviousNonce; break;
            case JournalKind.Log: _logs.RemoveAt(_logs.Count - 1); break;
        }
    }
}
