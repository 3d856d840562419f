using ParallelEvm.State;

namespace ParallelEvm.Vm.World;

sealed partial class WorldState
{
    /// <summary>
    /// Ends the transaction: self-destructed accounts go, touched empty accounts go (EIP-161 when
    /// <paramref name="clearEmptyAccounts"/>), and what remains changed becomes the write set.
    /// </summary>
    public StateDiff BuildDiff(bool clearEmptyAccounts)
    {
        var diff = new StateDiff();
        foreach (var (address, a) in _accounts)
        {
            bool deleted = a.SelfDestructed || (clearEmptyAccounts && a.Touched && a.Exists && a.IsEmpty);
            if (deleted || !a.Exists)
            {
                if (a.Original is not null) diff.Accounts[address] = new AccountChange { Account = null, StorageCleared = true };
                continue;
            }
            var change = StorageChanges(a);
            var account = new Account(a.Nonce, a.Balance, a.CodeHash);
            bool storageCleared = a.StorageCleared && a.Original is not null;
            if (change is null && !storageCleared && !a.CodeChanged && a.Original == account) continue;
            change ??= new AccountChange();
            change.Account = account;
            change.AccountChanged = a.Original != account;
            change.StorageCleared = storageCleared;
            if (a.CodeChanged) change.Code = a.Code;
            diff.Accounts[address] = change;
        }
        return diff;
    }

    AccountChange? StorageChanges(AccountState a)
    {
        AccountChange? change = null;
        foreach (var (slot, value) in a.Current)
        {
            bool differs = a.StorageCleared
                ? !value.IsZero
                : !a.OriginalStorage.TryGetValue(slot, out var original) || original != value;
            if (!differs) continue;
            change ??= new AccountChange();
            change.Storage[slot] = value;
        }
        return change;
    }
}
