using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors;

/// <summary>
/// The outcome of a block's transactions, in transaction order: each transaction's result and the block's state
/// diff (coinbase fees included). <see cref="Error"/> is set when the block cannot be executed: an invalid
/// transaction (named by index) or an engine failure.
/// </summary>
public sealed record BlockExecutionResult(IReadOnlyList<TransactionResult> Results, StateDiff Diff, EngineCounters Counters, string? Error = null)
{
    /// <summary>The index of the invalid transaction, when <see cref="Error"/> is about one.</summary>
    public int? FailedTransaction { get; init; }

    public bool Succeeded => Error is null;
    public long GasUsed => Results.Sum(r => r.GasUsed);

    public static BlockExecutionResult Failed(string error, EngineCounters? counters = null) =>
        new([], new StateDiff(), counters ?? EngineCounters.None, error);

    public static BlockExecutionResult InvalidTransaction(int index, string? reason, EngineCounters? counters = null) =>
        Failed($"transaction {index} is invalid: {reason}", counters) with { FailedTransaction = index };
}
