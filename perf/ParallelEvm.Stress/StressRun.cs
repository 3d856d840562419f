using ParallelEvm.Actors;
using ParallelEvm.Stress.Framework;
using ParallelEvm.Stress.Scenarios;
using ParallelEvm.Stress.Targets;

namespace ParallelEvm.Stress;

/// <summary>One run from options: start the target, build the scenarios (precomputing the serial results), run, dispose.</summary>
public static class StressRun
{
    public static async Task<RunResult> RunAsync(StressOptions options, TextWriter console, CancellationToken cancellationToken = default)
    {
        await using var target = CreateTarget(options);
        await target.StartAsync(cancellationToken).ConfigureAwait(false);
        console.WriteLine($"target: {target.Description}");
        console.WriteLine("preparing blocks and their serial results…");
        var scenarios = StressMix.Build(options, target);
        var runner = StressRunner.RegisterScenarios([.. scenarios])
            .WithTitle(options.Soak ? $"pevm soak: {options.Rate} blocks/s against {target.Name}" : $"pevm stress: default mix against {target.Name}")
            .WithConsole(console)
            .WithReportFolder(options.ReportFolder)
            .WithLostGracePeriod(options.Grace)
            .WithNote($"target: {target.Description}")
            .WithNote($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; blocks of {options.TxsPerBlock} transactions")
            .WithNote("every result is compared with SerialBlockExecutor's on the same input (computed before the run)");
        if (options.ReportFileName is { } name) runner = runner.WithReportFileName(name);
        var result = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        console.WriteLine($"injected executor crashes: {target.InjectedCrashes}");
        console.WriteLine($"injected MVMemory shard crashes: {target.InjectedShardCrashes}");
        if (target is ClusterTarget { ClientStats: { } client }) console.WriteLine($"cluster client: {client}");
        return result;
    }

    static IBlockTarget CreateTarget(StressOptions options)
    {
        var engine = new EngineOptions { Executors = options.Executors, Shards = Math.Max(2, options.Executors) };
        return options.Target switch
        {
            TargetKind.InProcess => new InProcessTarget(engine, options.CrashRate),
            // A soak measures the steady scenario alone; on nodes the crash hook would hit every block, so it stays off.
            TargetKind.Node => new ClusterTarget(1, engine, options.Soak ? 0 : options.CrashRate),
            TargetKind.Cluster => new ClusterTarget(3, engine, options.Soak ? 0 : options.CrashRate),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Target, "unknown target"),
        };
    }
}
