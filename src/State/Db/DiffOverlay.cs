namespace ParallelEvm.State;

/// <summary>
/// A state reader that layers the writes of the transactions executed so far over a base state, without
/// changing the base. The serial executor runs each transaction against it and folds in its diff.
/// </summary>
public sealed class DiffOverlay : IStateReader
{
    readonly IStateReader _base;
    readonly Dictionary<Hash256, byte[]> _code = new();

    public DiffOverlay(IStateReader baseState) : this(baseState, 0) { }

    /// <summary>An overlay whose diff is sized for <paramref name="expectedAccounts"/> accounts (growing a block-sized diff step by step copied it about twice over).</summary>
    public DiffOverlay(IStateReader baseState, int expectedAccounts)
    {
        _base = baseState;
        Diff = new StateDiff(expectedAccounts);
    }

    /// <summary>Everything applied so far, as one block-level diff.</summary>
    public StateDiff Diff { get; }

    public Account? GetAccount(Address address) =>
        Diff.Accounts.TryGetValue(address, out var change) ? change.Account : _base.GetAccount(address);

    public byte[] GetCode(Hash256 codeHash) => _code.TryGetValue(codeHash, out var code) ? code : _base.GetCode(codeHash);

    public UInt256 GetStorage(Address address, in UInt256 slot)
    {
        if (!Diff.Accounts.TryGetValue(address, out var change)) return _base.GetStorage(address, slot);
        if (change.StorageOrNull is { } storage && storage.TryGetValue(slot, out var value)) return value;
        return change.StorageCleared || change.Account is null ? UInt256.Zero : _base.GetStorage(address, slot);
    }

    public bool HasStorage(Address address)
    {
        if (!Diff.Accounts.TryGetValue(address, out var change)) return _base.HasStorage(address);
        if (change.StorageOrNull is { } storage) foreach (var value in storage.Values) if (!value.IsZero) return true;
        return !change.StorageCleared && change.Account is not null && _base.HasStorage(address);
    }

    public void Apply(StateDiff diff)
    {
        foreach (var (_, change) in diff.Accounts)
            if (change.Code is not null && change.Account is { } account) _code[account.CodeHash] = change.Code;
        Diff.Merge(diff);
    }
}
