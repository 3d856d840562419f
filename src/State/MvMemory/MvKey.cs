namespace ParallelEvm.State;

/// <summary>What a location in MVMemory holds.</summary>
public enum MvKeyKind : byte
{
    /// <summary>An account's nonce, balance and code hash (null value: the account does not exist).</summary>
    Account,
    /// <summary>One storage slot.</summary>
    Storage,
    /// <summary>The account's storage was wiped (self-destruct, re-creation): older slot values read as zero.</summary>
    StorageReset,
}

/// <summary>A location in the multi-version memory. A value type: building and hashing one allocates nothing.</summary>
public readonly record struct MvKey(MvKeyKind Kind, Address Address, UInt256 Slot)
{
    public static MvKey Account(Address address) => new(MvKeyKind.Account, address, default);
    public static MvKey Storage(Address address, in UInt256 slot) => new(MvKeyKind.Storage, address, slot);
    public static MvKey StorageReset(Address address) => new(MvKeyKind.StorageReset, address, default);

    /// <summary>Stable shard choice for a key (the same on every run, so validation work splits deterministically).</summary>
    public int ShardOf(int shardCount)
    {
        uint h = (uint)HashCode.Combine(Address.GetHashCode(), (int)Slot.U0, (int)(Slot.U0 >> 32), (byte)Kind);
        // HashCode.Combine is seeded per process; shard choice only needs to be stable within one run.
        return (int)(h % (uint)shardCount);
    }
}
