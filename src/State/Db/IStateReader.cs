namespace ParallelEvm.State;

/// <summary>
/// The narrow read interface the VM sees. The serial executor puts an <see cref="InMemoryDb"/> behind it;
/// the parallel engine puts MVMemory behind it and records every read.
/// </summary>
public interface IStateReader
{
    /// <summary>The account, or null when it does not exist.</summary>
    Account? GetAccount(Address address);

    /// <summary>The code with that hash (empty for the empty-code hash).</summary>
    byte[] GetCode(Hash256 codeHash);

    /// <summary>The slot's value (zero when unset).</summary>
    UInt256 GetStorage(Address address, in UInt256 slot);

    /// <summary>Whether the account has any non-zero storage slot (EIP-7610: creating over such an account fails).</summary>
    bool HasStorage(Address address);
}
