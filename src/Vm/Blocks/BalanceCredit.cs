using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>Balance increases outside transactions (withdrawals, mining rewards), applied to the state and recorded in the block diff.</summary>
static class BalanceCredit
{
    /// <summary>
    /// Adds <paramref name="amount"/> to the account. A zero amount creates nothing; with <paramref name="deleteIfEmpty"/>
    /// an account left empty is deleted (EIP-4895 withdrawals follow EIP-161's rule).
    /// </summary>
    public static void Apply(InMemoryDb state, StateDiff diff, Address address, in UInt256 amount, bool deleteIfEmpty)
    {
        var current = state.GetAccount(address);
        if (current is null && amount.IsZero) return;
        var account = current ?? Account.Empty;
        var updated = account with { Balance = account.Balance + amount };
        if (deleteIfEmpty && updated.IsEmpty)
        {
            if (current is null) return;
            state.DeleteAccount(address);
            var deleted = diff.GetOrAdd(address);
            deleted.Account = null;
            deleted.StorageCleared = true;
            deleted.Code = null;
            if (deleted.HasStorageChanges) deleted.Storage.Clear();
            return;
        }
        state.SetAccount(address, updated);
        diff.GetOrAdd(address).Account = updated;
    }
}
