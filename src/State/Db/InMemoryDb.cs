namespace ParallelEvm.State;

/// <summary>
/// The default state source: accounts, code and storage in dictionaries. The serial executor applies each
/// transaction's <see cref="StateDiff"/> here; the parallel engine uses it as the base state below MVMemory.
/// </summary>
public sealed partial class InMemoryDb : IStateReader
{
    readonly Dictionary<Address, Account> _accounts = new();
    readonly Dictionary<Address, Dictionary<UInt256, UInt256>> _storage = new();
    readonly Dictionary<Hash256, byte[]> _code = new() { [Account.EmptyCodeHash] = [] };

    public IReadOnlyDictionary<Address, Account> Accounts => _accounts;

    public Account? GetAccount(Address address) => _accounts.TryGetValue(address, out var a) ? a : null;

    public byte[] GetCode(Hash256 codeHash) => _code.TryGetValue(codeHash, out var c) ? c : [];

    public UInt256 GetStorage(Address address, in UInt256 slot) =>
        _storage.TryGetValue(address, out var s) && s.TryGetValue(slot, out var v) ? v : UInt256.Zero;

    public bool HasStorage(Address address) => _storage.TryGetValue(address, out var s) && s.Count > 0;

    public IReadOnlyDictionary<UInt256, UInt256> GetStorageOf(Address address) =>
        _storage.TryGetValue(address, out var s) ? s : EmptyStorage;

    static readonly Dictionary<UInt256, UInt256> EmptyStorage = new();

    public void SetAccount(Address address, Account account) => _accounts[address] = account;

    public void DeleteAccount(Address address)
    {
        _accounts.Remove(address);
        _storage.Remove(address);
    }

    public Hash256 AddCode(byte[] code, Hash256 codeHash)
    {
        _code[codeHash] = code;
        return codeHash;
    }

    public void SetStorage(Address address, in UInt256 slot, in UInt256 value)
    {
        if (!_storage.TryGetValue(address, out var s))
        {
            if (value.IsZero) return;
            _storage[address] = s = new Dictionary<UInt256, UInt256>();
        }
        if (value.IsZero) s.Remove(slot);
        else s[slot] = value;
    }

    /// <summary>Applies a transaction's (or block's) writes.</summary>
    public void Apply(StateDiff diff)
    {
        foreach (var (address, change) in diff.Accounts)
        {
            if (change.StorageCleared) _storage.Remove(address);
            if (change.Account is not { } account)
            {
                DeleteAccount(address);
                continue;
            }
            _accounts[address] = account;
            if (change.Code is not null) _code[account.CodeHash] = change.Code;
            if (change.StorageOrNull is { } storage) foreach (var (slot, value) in storage) SetStorage(address, slot, value);
        }
    }
}
