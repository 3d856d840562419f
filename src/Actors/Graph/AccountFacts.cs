namespace ParallelEvm.Actors.Graph;

/// <summary>Whether an address holds code in the base state, once the classifier has asked.</summary>
enum CodeFact : byte
{
    Unknown,
    None,
    Present,
}

/// <summary>
/// What one build knows about one address, kept in a single map entry so the classifier and the
/// <see cref="DependencyTracker"/> reach both with one lookup: the last writer of its account key (index + 1, 0 for
/// nobody), its contract scope in the tracker (number + 1, 0 until a key in its storage is written), whether the base
/// state gave it code, and whether a creation earlier in the block made it.
/// </summary>
struct AccountFacts
{
    public int LastWriter;
    public int Scope;
    public CodeFact Code;
    public bool CreatedInBlock;
}
