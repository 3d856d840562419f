using Akka.Actor;
using Akka.Configuration;
using ParallelEvm.Actors;

namespace ParallelEvm.Stress.Targets;

/// <summary>
/// The engine in this process: two <see cref="ParallelBlockExecutor"/>s on one actor system, a clean one and one
/// whose executors crash at <see cref="CrashInjector.Rate"/> (a submission picks one with <c>InjectFaults</c>).
/// </summary>
public sealed class InProcessTarget : IBlockTarget
{
    /// <summary>
    /// With crashes at a few percent, a transaction crashing 3 times in a row (the engine's default limit) would
    /// happen a few times per million and fail a valid block; 20 puts that out of reach (rate^21).
    /// </summary>
    const int MaxCrashesPerTransaction = 20;

    readonly EngineOptions _options;
    readonly CrashInjector _crashes;
    ActorSystem? _system;
    ParallelBlockExecutor? _engine, _faulty;

    public InProcessTarget(EngineOptions options, double crashRate)
    {
        _options = options.Validate();
        _crashes = new CrashInjector(crashRate);
    }

    public string Name => "inprocess";
    public string Description => $"in-process engine: {_options.Executors} executors, {_options.Shards} shards; fault engine crashes executors at {_crashes.Rate:P1} of executions";
    public long InjectedCrashes => _crashes.Crashes;
    public long InjectedShardCrashes => _crashes.ShardCrashes;
    public bool ReturnsTransactionDiffs => true;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var config = EngineDispatcher.Hocon(_options.Executors + 1)
            .WithFallback(ConfigurationFactory.ParseString("akka.loglevel = WARNING\nakka.stdout-loglevel = WARNING"));
        _system = ActorSystem.Create("pevm-stress", config);
        _engine = new ParallelBlockExecutor(_system, _options);
        _faulty = new ParallelBlockExecutor(_system, _options with
        {
            // Faults need Block-STM itself: adaptive mode would run small blocks serially, with no executor or shard to crash.
            Adaptive = false,
            BeforeExecute = _crashes.BeforeExecute, BeforeValidate = _crashes.BeforeValidate, MaxCrashesPerTransaction = MaxCrashesPerTransaction,
        });
        return Task.CompletedTask;
    }

    public Task<BlockExecutionResult> ExecuteAsync(BlockSubmission submission, CancellationToken cancellationToken)
    {
        var engine = (submission.InjectFaults ? _faulty : _engine) ?? throw new InvalidOperationException("the target is not started");
        return engine.ExecuteAsync(submission.Request, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_system is not null) await _system.Terminate().ConfigureAwait(false);
    }
}
