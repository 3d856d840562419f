namespace ParallelEvm.State;

/// <summary>The write set of a transaction (or of a whole block): every account it changed, with its storage changes.</summary>
public sealed class StateDiff
{
    public Dictionary<Address, AccountChange> Accounts { get; } = new();

    public AccountChange GetOrAdd(Address address)
    {
        if (!Accounts.TryGetValue(address, out var change))
            Accounts[address] = change = new AccountChange();
        return change;
    }

    /// <summary>Layers a later transaction's diff on top of this one (used to build a block's diff).</summary>
    public void Merge(StateDiff later)
    {
        foreach (var (address, next) in later.Accounts)
        {
            if (next.StorageCleared || !Accounts.TryGetValue(address, out var current))
            {
                var copy = new AccountChange { Account = next.Account, Code = next.Code, StorageCleared = next.StorageCleared };
                if (Accounts.TryGetValue(address, out var previous) && !next.StorageCleared)
                {
                    foreach (var (slot, value) in previous.Storage) copy.Storage[slot] = value;
                    copy.StorageCleared = previous.StorageCleared;
                    copy.Code ??= previous.Code;
                }
                foreach (var (slot, value) in next.Storage) copy.Storage[slot] = value;
                Accounts[address] = copy;
                continue;
            }
            current.Account = next.Account;
            if (next.Code is not null) current.Code = next.Code;
            foreach (var (slot, value) in next.Storage) current.Storage[slot] = value;
        }
    }
}
