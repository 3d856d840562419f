using Akka.TestKit.Xunit2;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Tests;

/// <summary>Base for engine scenario specs: a TestKit actor system with the engine's dispatcher, and a serial oracle.</summary>
public abstract class EngineSpec : TestKit
{
    protected static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    protected EngineSpec() : base(EngineDispatcher.Hocon(4).WithFallback("akka.loglevel = WARNING")) { }

    protected ParallelBlockExecutor Engine(EngineOptions options) => new(Sys, options);

    /// <summary>Runs the block both ways (the parallel run with a bounded wait: the engine must never hang).</summary>
    protected async Task<(BlockExecutionResult serial, BlockExecutionResult parallel)> RunBoth(
        IReadOnlyList<Transaction> txs, InMemoryDb state, EngineOptions options)
    {
        var request = TransferBlocks.Request(txs, state);
        var serial = SerialBlockExecutor.Execute(request);
        var parallel = await Engine(options).ExecuteAsync(request).WaitAsync(Bound);
        return (serial, parallel);
    }

    protected static void AssertSameOutcome(BlockExecutionResult serial, BlockExecutionResult parallel) =>
        Assert.Null(ParallelEvm.Actors.Benchmarking.BlockComparison.FirstDifference(serial, parallel));
}
