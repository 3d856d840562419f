using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Actors;

/// <summary>
/// Plugs the parallel engine into block processing (the <see cref="ITransactionsExecutor"/> seam): executes the
/// block's transactions with Block-STM on top of <paramref name="state"/>, then applies the block's diff to it.
/// </summary>
public sealed class ParallelTransactionsExecutor : ITransactionsExecutor
{
    readonly IBlockExecutor _engine;

    public ParallelTransactionsExecutor(IBlockExecutor engine) => _engine = engine;

    /// <summary>Counters of the last block executed (for the CLI and benchmarks).</summary>
    public EngineCounters LastCounters { get; private set; } = EngineCounters.None;

    public BlockExecutionOutcome Execute(ForkRules rules, BlockEnv env, IReadOnlyList<Transaction> txs, InMemoryDb state)
    {
        var request = new BlockExecutionRequest(rules, env, txs, state);
        if (_engine is ParallelBlockExecutor parallel)
        {
            var plan = parallel.Plan(request);
            if (plan.Serial)
            {
                // Adaptive mode chose serial: run it the block processor's way, straight on the mutable state.
                LastCounters = plan.Counters with { Executions = txs.Count, FellBackToSerial = true };
                return SerialTransactionsExecutor.Instance.Execute(rules, env, txs, state);
            }
            return Apply(parallel.ExecuteAsync(request, plan).GetAwaiter().GetResult(), state);
        }
        return Apply(_engine.ExecuteAsync(request).GetAwaiter().GetResult(), state);
    }

    BlockExecutionOutcome Apply(BlockExecutionResult result, InMemoryDb state)
    {
        LastCounters = result.Counters;
        if (!result.Succeeded) return new BlockExecutionOutcome { Error = result.Error, FailedTransaction = result.FailedTransaction };
        state.Apply(result.Diff);
        return BlockExecutionOutcome.Success(result.Results);
    }
}
