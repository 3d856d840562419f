namespace ParallelEvm.Vm.Blocks;

/// <summary>The verdict on one block file: what ran, how long it took, and the first difference from <c>expected</c>.</summary>
public sealed record BlockFileOutcome
{
    public required string File { get; init; }
    public ulong? Number { get; init; }
    /// <summary>The fork, when the file named a known one.</summary>
    public SpecId? Fork { get; init; }
    public int Transactions { get; init; }
    public long GasUsed { get; init; }
    /// <summary>Wall time of the transactions' execution (the executor), the part serial and parallel engines differ in.</summary>
    public double ElapsedMs { get; init; }
    /// <summary>Wall time of the whole block processing (system call, transactions, withdrawals, receipts, roots), without loading.</summary>
    public double TotalMs { get; init; }
    public bool Ok { get; init; }
    /// <summary>The first difference or the error; null when the block matched.</summary>
    public string? Error { get; init; }
    /// <summary>Which of gasUsed / logsBloom / receiptsRoot / stateRoot were compared.</summary>
    public IReadOnlyList<string> Checked { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>The processing result, for callers that compare executors (null when the block could not be run).</summary>
    public BlockResult? Result { get; init; }

    public double MgasPerSecond => ElapsedMs > 0 ? GasUsed / 1000.0 / ElapsedMs : 0;
}
