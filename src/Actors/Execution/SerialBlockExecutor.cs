using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors;

/// <summary>The reference: transactions one after another, each seeing the writes of the ones before.</summary>
public sealed class SerialBlockExecutor : IBlockExecutor
{
    public ExecutionMode Mode => ExecutionMode.Serial;

    public Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(Execute(request, cancellationToken));

    public static BlockExecutionResult Execute(BlockExecutionRequest request, CancellationToken cancellationToken = default)
    {
        var processor = new TransactionProcessor(request.Rules);
        // Most transactions change their sender and one or two other accounts (the coinbase is shared).
        var overlay = new DiffOverlay(request.BaseState, 2 * request.Transactions.Count + 16);
        var results = new TransactionResult[request.Transactions.Count];
        for (int i = 0; i < results.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = processor.Execute(request.Transactions[i], request.Env, overlay);
            if (!result.IsValid) return BlockExecutionResult.InvalidTransaction(i, result.Error);
            results[i] = result;
            overlay.Apply(result.Changes);
        }
        return new BlockExecutionResult(results, overlay.Diff, new EngineCounters { Executions = results.Length });
    }
}
