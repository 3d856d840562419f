using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>A deep copy of an <see cref="InMemoryDb"/> through its public API (forks of a chain, replaying receipts' roots).</summary>
public static class InMemoryDbCopy
{
    public static InMemoryDb Clone(InMemoryDb source)
    {
        var copy = new InMemoryDb();
        foreach (var (address, account) in source.Accounts)
        {
            copy.SetAccount(address, account);
            if (account.HasCode) copy.AddCode(source.GetCode(account.CodeHash), account.CodeHash);
            foreach (var (slot, value) in source.GetStorageOf(address)) copy.SetStorage(address, slot, value);
        }
        return copy;
    }
}
