using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors;

/// <summary>A block's transactions to execute on top of a base state (which is only read, never changed).</summary>
public sealed record BlockExecutionRequest(ForkRules Rules, BlockEnv Env, IReadOnlyList<Transaction> Transactions, IStateReader BaseState)
{
    /// <summary>
    /// The block's EIP-7928 access list, when the block carries one: the TransactionGraph then also links
    /// transactions that changed the same location. A hint only; a wrong list costs re-executions, never correctness.
    /// </summary>
    public BlockAccessList? AccessList { get; init; }
}
