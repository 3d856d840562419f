using Akka.Actor;
using ParallelEvm.Actors.Engine;

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

    public ParallelBlockExecutor(EngineOptions? options = null)
        : this(null, options) { }

    public ParallelBlockExecutor(ActorSystem? system, EngineOptions? options = null)
    {
        _options = (options ?? new EngineOptions()).Validate();
        if (system is null)
        {
            var config = EngineDispatcher.Hocon(_options.Executors + 1)
                .WithFallback(Akka.Configuration.ConfigurationFactory.ParseString("akka.loglevel = WARNING\nakka.stdout-loglevel = WARNING"));
            _system = ActorSystem.Create("parallel-evm", config);
            _ownsSystem = true;
        }
        else _system = system;
        _dispatcher = _system.Settings.Config.HasPath(EngineDispatcher.Id) ? EngineDispatcher.Id : "akka.actor.default-dispatcher";
    }

    public ExecutionMode Mode => ExecutionMode.Parallel;
    public EngineOptions Options => _options;

    public async Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Transactions.Count == 0) return SerialBlockExecutor.Execute(request, cancellationToken);
        if (_options.SerialDependentShare > 0 && ConflictProbe.DependentShare(request, _options.ProbeSize) > _options.SerialDependentShare)
        {
            var chain = SerialBlockExecutor.Execute(request, cancellationToken);
            return chain with { Counters = chain.Counters with { FellBackToSerial = true } };
        }
        var completion = new TaskCompletionSource<BlockExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var block = new BlockContext(request, _options);
        var scheduler = _system.ActorOf(SchedulerActor.Props(block, completion, _dispatcher));
        await using var registration = cancellationToken.Register(() =>
        {
            scheduler.Tell(PoisonPill.Instance);
            completion.TrySetCanceled(cancellationToken);
        });
        var result = await completion.Task.ConfigureAwait(false);
        if (!block.FallbackRequested) return result;
        // Adaptive mode: a dependency chain; Block-STM's work so far is discarded and the block runs serially.
        var serial = SerialBlockExecutor.Execute(request, cancellationToken);
        return serial with { Counters = result.Counters with { FellBackToSerial = true } };
    }

    public void Dispose()
    {
        if (_ownsSystem) _system.Terminate().Wait(TimeSpan.FromSeconds(10));
    }
}
