using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>What an <see cref="ITransactionsExecutor"/> returns: each transaction's result in order, or why the block cannot be executed.</summary>
public sealed class BlockExecutionOutcome
{
    public IReadOnlyList<TransactionResult> Results { get; init; } = [];
    /// <summary>Why execution stopped (an invalid transaction, an engine failure); null on success.</summary>
    public string? Error { get; init; }
    /// <summary>The index of the invalid transaction, when <see cref="Error"/> is about one.</summary>
    public int? FailedTransaction { get; init; }

    public bool Succeeded => Error is null;

    public static BlockExecutionOutcome Success(IReadOnlyList<TransactionResult> results) => new() { Results = results };

    public static BlockExecutionOutcome InvalidTransaction(int index, string reason, IReadOnlyList<TransactionResult>? executedBefore = null) =>
        new() { Results = executedBefore ?? [], Error = $"transaction {index} is invalid: {reason}", FailedTransaction = index };

    public static BlockExecutionOutcome Failure(string error) => new() { Error = error };
}
