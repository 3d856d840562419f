using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// The seam between block processing and transaction execution: runs all transactions of a block against
/// <paramref name="state"/> (which already holds the effects of the pre-block system calls) and leaves it at the
/// post-transaction state. The serial loop is <see cref="SerialTransactionsExecutor"/>; the parallel engine
/// implements the same interface and must return the same outcome.
/// </summary>
public interface ITransactionsExecutor
{
    /// <summary>
    /// The per-transaction results in order, or an outcome with <see cref="BlockExecutionOutcome.Error"/> naming
    /// the index of the first invalid transaction (the state is then unspecified: the block is rejected).
    /// </summary>
    BlockExecutionOutcome Execute(ForkRules rules, BlockEnv env, IReadOnlyList<Transaction> txs, InMemoryDb state);
}
