namespace ParallelEvm.State;

/// <summary>An account as the state trie stores it, less the storage root (storage is read slot by slot).</summary>
public readonly record struct Account(ulong Nonce, UInt256 Balance, Hash256 CodeHash)
{
    /// <summary>keccak256 of empty code.</summary>
    public static readonly Hash256 EmptyCodeHash = Hash256.Parse("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");

    public static Account Empty => new(0, UInt256.Zero, EmptyCodeHash);

    public bool HasCode => CodeHash != EmptyCodeHash;

    /// <summary>EIP-161: no code, zero nonce, zero balance.</summary>
    public bool IsEmpty => Nonce == 0 && Balance.IsZero && !HasCode;
}
