using System.Diagnostics;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>Wraps an executor and measures only the transactions' execution (what serial and parallel engines differ in).</summary>
public sealed class TimedExecutor(ITransactionsExecutor inner) : ITransactionsExecutor
{
    public TimeSpan Elapsed { get; private set; }

    public BlockExecutionOutcome Execute(ForkRules rules, BlockEnv env, IReadOnlyList<Transaction> txs, InMemoryDb state)
    {
        var clock = Stopwatch.StartNew();
        try { return inner.Execute(rules, env, txs, state); }
        finally { Elapsed = clock.Elapsed; }
    }
}
