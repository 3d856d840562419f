namespace ParallelEvm.Vm.Workloads;

/// <summary>Everything that decides a workload; equal options give an identical workload.</summary>
/// <param name="Kind">What the transactions do.</param>
/// <param name="TxCount">How many valid transactions (invalid ones from <see cref="InvalidTxs"/> come on top).</param>
public sealed record WorkloadOptions(WorkloadKind Kind, int TxCount)
{
    /// <summary>Seeds every random choice: addresses, amounts, tips, reserves, positions.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// <see cref="WorkloadKind.Mixed"/> only: the fraction (0..1) of transactions that collide with others — half of them
    /// (by coin flip) send to one hot recipient, the rest come from one shared sender with consecutive nonces.
    /// </summary>
    public double ConflictRate { get; init; }

    /// <summary>
    /// Transactions per sender (≥ 1). Above 1 each sender sends a nonce chain of this many transactions, interleaved
    /// with the others' (sender i of n sends transactions i, i + n, i + 2n…).
    /// </summary>
    public int TxsPerSender { get; init; } = 1;

    /// <summary>Invalid transactions to insert at seeded positions; their indices are in <see cref="Workload.InvalidTxIndices"/>.</summary>
    public InvalidTxKinds InvalidTxs { get; init; }
}
