namespace ParallelEvm.State;

/// <summary>The write set of a transaction (or of a whole block): every account it changed, with its storage changes.</summary>
public sealed class StateDiff
{
    public AccountChanges Accounts { get; }

    public StateDiff() => Accounts = new();

    /// <summary>An empty diff sized for <paramref name="accounts"/> accounts (merging a block grows it a lot otherwise).</summary>
    public StateDiff(int accounts) => Accounts = accounts > 0 ? new(accounts) : new();

    public AccountChange GetOrAdd(Address address)
    {
        if (!Accounts.TryGetValue(address, out var change))
            Accounts[address] = change = new AccountChange();
        return change;
    }

    /// <summary>
    /// Layers a later transaction's diff on top of this one (used to build a block's diff). An account only the later
    /// diff changes is shared with it, not copied (most accounts of a block are touched once); it is copied before
    /// this diff changes it, so <paramref name="later"/> itself is never modified.
    /// </summary>
    public void Merge(StateDiff later) => Merge(later, 0, 1);

    /// <summary>
    /// <see cref="Merge(StateDiff)"/> restricted to the addresses of one partition (of <paramref name="partitions"/>,
    /// by <see cref="PartitionOf"/>), so that a block's diff can be built by several threads and then joined.
    /// </summary>
    public void Merge(StateDiff later, int partition, int partitions)
    {
        foreach (var (address, next) in later.Accounts)
        {
            if (partitions > 1 && PartitionOf(address, partitions) != partition) continue;
            ref var current = ref Accounts.GetValueRefOrAddDefault(address, out bool exists);
            if (!exists || next.StorageCleared)
            {
                // New here, or wiped by the later transaction: older storage changes no longer matter.
                current = next;
                continue;
            }
            if (!current!.OwnedByMerge) current = current.Clone();
            current.Account = next.Account;
            current.AccountChanged |= next.AccountChanged;
            if (next.Code is not null) current.Code = next.Code;
            if (next.StorageOrNull is { } storage)
                foreach (var (slot, value) in storage) current.Storage[slot] = value;
        }
    }

    public static int PartitionOf(Address address, int partitions) => (int)((uint)address.GetHashCode() % (uint)partitions);

    /// <summary>Adds the accounts of a diff built for a different partition (no address in common).</summary>
    public void Join(StateDiff otherPartition)
    {
        Accounts.EnsureCapacity(Accounts.Count + otherPartition.Accounts.Count);
        foreach (var (address, change) in otherPartition.Accounts) Accounts.Add(address, change);
    }
}
