using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>The reference executor: one transaction after another, each applied to the state before the next runs.</summary>
public sealed class SerialTransactionsExecutor : ITransactionsExecutor
{
    public static readonly SerialTransactionsExecutor Instance = new();

    public BlockExecutionOutcome Execute(ForkRules rules, BlockEnv env, IReadOnlyList<Transaction> txs, InMemoryDb state)
    {
        var processor = new TransactionProcessor(rules);
        var results = new TransactionResult[txs.Count];
        for (int i = 0; i < results.Length; i++)
        {
            var result = processor.Execute(txs[i], env, state);
            if (!result.IsValid) return BlockExecutionOutcome.InvalidTransaction(i, result.Error ?? "rejected", results[..i]);
            state.Apply(result.Changes);
            results[i] = result;
        }
        return BlockExecutionOutcome.Success(results);
    }
}
