using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// The outcome of processing a block: receipts, totals and roots, the block's whole state diff (system calls,
/// transactions, withdrawals, rewards), or the error that makes the block invalid.
/// </summary>
public sealed class BlockResult
{
    public required SpecId Spec { get; init; }
    public IReadOnlyList<TransactionResult> TransactionResults { get; init; } = [];
    public IReadOnlyList<Receipt> Receipts { get; init; } = [];
    public long GasUsed { get; init; }
    public ulong BlobGasUsed { get; init; }
    public Bloom LogsBloom { get; init; } = new();
    /// <summary>Null when some receipt lacks its pre-Byzantium state root (see <see cref="BlockProcessingOptions.ComputeIntermediateStateRoots"/>).</summary>
    public Hash256? ReceiptsRoot { get; init; }
    /// <summary>Set when <see cref="BlockProcessingOptions.ComputeStateRoot"/> asked for it.</summary>
    public Hash256? StateRoot { get; init; }
    public StateDiff Changes { get; init; } = new();
    /// <summary>Why the block is invalid; null when it was processed.</summary>
    public string? Error { get; init; }
    /// <summary>The transaction the error is about, when it is about one.</summary>
    public int? FailedTransaction { get; init; }
    /// <summary>Things left out that the caller should know about (e.g. uncle rewards without uncle headers).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => Error is null;

    public static BlockResult Failed(SpecId spec, string error, int? failedTransaction = null) =>
        new() { Spec = spec, Error = error, FailedTransaction = failedTransaction };
}
