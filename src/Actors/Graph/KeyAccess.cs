namespace ParallelEvm.Actors.Graph;

/// <summary>How a transaction uses a key.</summary>
[Flags]
enum AccessKind : byte
{
    Read = 1,
    Write = 2,
    /// <summary>Read-modify-write: balances, nonces, token balances.</summary>
    ReadWrite = Read | Write,
}

/// <summary>Where a hint comes from, which decides how it meets hints of another precision on the same contract.</summary>
enum AccessOrigin : byte
{
    /// <summary>Certain or declared by the transaction: sender, recipient, access list, calldata of a speculated transaction.</summary>
    Declared,
    /// <summary>Guessed from ERC-20 calldata for a transaction that was not run speculatively (no real slots known).</summary>
    Decoded,
    /// <summary>Observed in a speculative run against the base state (real accounts and slots).</summary>
    Speculated,
}

/// <summary>One predicted use of a key by a transaction.</summary>
readonly record struct KeyAccess(GraphKey Key, AccessKind Kind, AccessOrigin Origin = AccessOrigin.Declared)
{
    public bool Reads => (Kind & AccessKind.Read) != 0;
    public bool Writes => (Kind & AccessKind.Write) != 0;
}
