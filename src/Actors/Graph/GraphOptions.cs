namespace ParallelEvm.Actors.Graph;

/// <summary>What <see cref="TransactionGraph.Build"/> may spend to sharpen its hints.</summary>
public sealed record GraphOptions
{
    /// <summary>Cheap facts only: no EVM run.</summary>
    public static readonly GraphOptions Default = new();

    /// <summary>Cheap facts plus a speculative run of the calls they cannot describe, within the default budget.</summary>
    public static readonly GraphOptions WithSpeculation = new() { Speculate = true };

    /// <summary>
    /// Run contract calls and creations once against the base state (in parallel) and use the accounts and slots they
    /// read and wrote as keys. Plain transfers are never run: their facts are already exact. The base state is then read
    /// from several threads at once, so it must allow concurrent reads (an <c>InMemoryDb</c> nobody writes does).
    /// </summary>
    public bool Speculate { get; init; }

    /// <summary>
    /// Also run decoded ERC-20 calls. Their decoded keys assume a standard token; a run sees the real slots (fee-on-transfer
    /// tokens, hooks) and links them with other runs on the same token. Off: they keep only their decoded keys.
    /// </summary>
    public bool SpeculateDecodedCalls { get; init; } = true;

    /// <summary>
    /// Stop choosing transactions to run once their gas limits add up to this (block order, so the first transactions,
    /// which the scheduler starts first, get the best hints). The default is one 30M-gas mainnet block's worth.
    /// </summary>
    public long SpeculationGasBudget { get; init; } = 30_000_000;

    /// <summary>At most this many speculative runs.</summary>
    public int SpeculationMaxTransactions { get; init; } = int.MaxValue;

    /// <summary>Threads for the speculative runs.</summary>
    public int SpeculationThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// ARCHITECTURE.md §4: a value credit to an account without code is a commutative delta, so two transfers to the
    /// same recipient do not depend on each other (a later spend from it still does). Off: the credit is a read-modify-write.
    /// </summary>
    public bool CreditsAreDeltas { get; init; }
}
