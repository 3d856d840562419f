using ParallelEvm.State;

namespace ParallelEvm.Vm.StateTests;

/// <summary>Runs one transaction for the state-test runner. The default is the real VM; tests substitute fakes.</summary>
public delegate TransactionResult StateTestExecutor(ForkRules rules, Transaction tx, BlockEnv block, IStateReader state);

public static class StateTestExecutors
{
    /// <summary>The VM: a fresh <see cref="TransactionProcessor"/> per transaction.</summary>
    public static readonly StateTestExecutor Vm = static (rules, tx, block, state) => new TransactionProcessor(rules).Execute(tx, block, state);
}
