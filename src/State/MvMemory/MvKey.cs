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

    /// <summary>A well-mixed 32-bit hash for MVMemory's open-addressing table (stable within one process).</summary>
    public int Hash()
    {
        ulong h = (ulong)(uint)Address.GetHashCode() * 0x9E3779B97F4A7C15UL;
        h ^= Slot.U0 * 0xC2B2AE3D27D4EB4FUL;
        h ^= (Slot.U1 ^ Slot.U2 ^ Slot.U3) * 0x165667B19E3779F9UL;
        h ^= (ulong)Kind * 0x27D4EB2F165667C5UL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (int)(h ^ (h >> 32));
    }
}
