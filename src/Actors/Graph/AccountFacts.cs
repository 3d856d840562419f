namespace ParallelEvm.Actors.Graph;

/// <summary>Whether an address holds code in the base state, once the classifier has asked.</summary>
enum CodeFact : byte
{
    Unknown,
    None,
    Present,
}

/// <summary>
/// What one build knows about one address of the block (<see cref="BlockAddresses"/>). Transaction indices are held
/// as index + 1, so 0 means "none".
/// </summary>
struct AccountFacts
{
    /// <summary>Last writer of the account key (nonce, balance, code).</summary>
    public int LastWriter;
    /// <summary>The <see cref="DependencyTracker"/>'s scope of the contract's storage: number + 1, 0 until a key in it is written.</summary>
    public int Scope;
    /// <summary>The first transaction that creates a contract here.</summary>
    public int CreatedBy;
    /// <summary>The last transaction that names the address (see <see cref="NamedTwice"/>).</summary>
    public int LastNamedBy;
    /// <summary>At least two transactions name the address: only then can what it is change an edge.</summary>
    public bool NamedTwice;
    public CodeFact Code;
}
