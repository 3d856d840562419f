using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Dependencies an EIP-7928 block access list implies: each transaction that changed a location depends on the
/// previous transaction that changed it (a balance, nonce, code or storage write usually reads the value first).
/// Reads alone carry no transaction index in EIP-7928, so they add nothing. Indices outside the transactions
/// (system calls, withdrawals) or out of range are ignored: a list that does not fit the block only loses hints.
/// </summary>
static class AccessListDependencies
{
    /// <summary>Per transaction, the earlier transactions it depends on (null where none).</summary>
    public static List<int>?[] Of(BlockAccessList accessList, int transactionCount)
    {
        var dependencies = new List<int>?[transactionCount];
        var writers = new List<int>();
        foreach (var account in accessList.Accounts)
        {
            if (account is null) continue;
            Link(account.BalanceChanges, writers, dependencies);
            Link(account.NonceChanges, writers, dependencies);
            Link(account.CodeChanges, writers, dependencies);
            foreach (var slot in account.StorageChanges)
                if (slot is not null) Link(slot.Indices, writers, dependencies);
        }
        return dependencies;
    }

    static void Link(IReadOnlyList<int>? indices, List<int> writers, List<int>?[] dependencies)
    {
        if (indices is null || indices.Count < 2) return;
        writers.Clear();
        foreach (int index in indices)
        {
            int tx = index - 1;
            if (tx >= 0 && tx < dependencies.Length) writers.Add(tx);
        }
        writers.Sort();
        for (int i = 1; i < writers.Count; i++)
        {
            if (writers[i] == writers[i - 1]) continue;
            (dependencies[writers[i]] ??= new List<int>(2)).Add(writers[i - 1]);
        }
    }
}
