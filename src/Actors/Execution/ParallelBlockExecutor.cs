using Akka.Actor;
using ParallelEvm.State;
using ParallelEvm.Actors.Engine;
using ParallelEvm.Actors.Graph;

namespace ParallelEvm.Actors;

/// <summary>
/// Block-STM on Akka.NET: one scheduler actor per block supervising its executors and MVMemory shard actors.
/// Owns an ActorSystem unless given one (for hosting inside a node, see WithParallelEvm).
/// </summary>
public sealed class ParallelBlockExecutor : IBlockExecutor, IDisposable
{
    readonly ActorSystem _system;
    readonly bool _ownsSystem;
    readonly EngineOptions _options;
    readonly string _dispatcher;
    readonly MvMemoryPool _memoryPool = new();

    public ParallelBlockExecutor(EngineOptions? options = null)
        : this(null, options) { }

    public ParallelBlockExecutor(ActorSystem? system, EngineOptions? options = null)
    {
        _options = (options ?? new EngineOptions()).Validate();
        if (system is null)
        {
            var config = EngineDispatcher.Hocon(_options.ThreadsForDispatcher)
                .WithFallback(Akka.Configuration.ConfigurationFactory.ParseString("akka.loglevel = WARNING\nakka.stdout-loglevel = WARNING"));
            _system = ActorSystem.Create("parallel-evm", config);
            _ownsSystem = true;
        }
        else _system = system;
        _dispatcher = _system.Settings.Config.HasPath(EngineDispatcher.Id) ? EngineDispatcher.Id : "akka.actor.default-dispatcher";
    }

    public ExecutionMode Mode => ExecutionMode.Parallel;
    public EngineOptions Options => _options;

    public Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default)
    {
        var plan = Plan(request);
        return plan.Serial ? Task.FromResult(RunSerially(request, plan.Counters, cancellationToken)) : ExecuteAsync(request, plan, cancellationToken);
    }

    /// <summary>
    /// Decides how to run a block before running it (adaptive mode): builds its TransactionGraph and says whether the
    /// serial executor is the better choice. Callers with a faster serial path of their own (block processing over a
    /// mutable state) use it when <see cref="ExecutionPlan.Serial"/> is set; otherwise they pass the plan on.
    /// </summary>
    public ExecutionPlan Plan(BlockExecutionRequest request)
    {
        int n = request.Transactions.Count;
        if (n == 0 || (_options.Adaptive && n < _options.SerialBelowTransactions)) return new ExecutionPlan(true, null, EngineCounters.None);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        var graph = _options.UseTransactionGraph ? TransactionGraph.Build(request) : null;
        var counters = new EngineCounters
        {
            GraphEdges = graph?.EdgeCount ?? 0,
            GraphMs = graph is null ? 0 : System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
        if (_options.Adaptive && graph is not null && IsMostlyOneChain(graph, request)) return new ExecutionPlan(true, graph, counters);
        return new ExecutionPlan(false, graph, counters);
    }

    /// <summary>Runs a block the way <paramref name="plan"/> (from <see cref="Plan"/>) says.</summary>
    public async Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, ExecutionPlan plan, CancellationToken cancellationToken = default)
    {
        if (plan.Serial) return RunSerially(request, plan.Counters, cancellationToken);
        var graph = plan.Graph;
        var completion = new TaskCompletionSource<BlockExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var block = new BlockContext(request, _options, graph, _memoryPool) { Completion = completion, GraphMs = plan.Counters.GraphMs };
        var scheduler = _system.ActorOf(SchedulerActor.Props(block, _dispatcher));
        await using var registration = cancellationToken.Register(() =>
        {
            scheduler.Tell(PoisonPill.Instance);
            completion.TrySetCanceled(cancellationToken);
        });
        var result = await completion.Task.ConfigureAwait(false);
        if (!block.FallbackRequested) return result;
        // Adaptive mode: a dependency chain; Block-STM's work so far is discarded and the block runs serially.
        return RunSerially(request, result.Counters, cancellationToken);
    }

    /// <summary>Adaptive mode: the serial executor gives the same result faster for this block.</summary>
    static BlockExecutionResult RunSerially(BlockExecutionRequest request, EngineCounters before, CancellationToken cancellationToken)
    {
        if (request.Transactions.Count == 0) return SerialBlockExecutor.Execute(request, cancellationToken);
        var serial = SerialBlockExecutor.Execute(request, cancellationToken);
        return serial with { Counters = before with { Executions = before.Executions + serial.Counters.Executions, FellBackToSerial = true } };
    }

    /// <summary>The graph's longest predicted chain carries most of the block's gas: little is left to run in parallel.</summary>
    bool IsMostlyOneChain(TransactionGraph graph, BlockExecutionRequest request)
    {
        if (_options.SerialCriticalPathShare <= 0 || graph.EdgeCount == 0) return false;
        long total = 0;
        foreach (var tx in request.Transactions) total += tx.GasLimit;
        return graph.CriticalPathGas > _options.SerialCriticalPathShare * total;
    }

    public void Dispose()
    {
        if (_ownsSystem) _system.Terminate().Wait(TimeSpan.FromSeconds(10));
    }
}
