using ParallelEvm.Stress.Blocks;
using ParallelEvm.Stress.Framework;
using ParallelEvm.Stress.Targets;

namespace ParallelEvm.Stress.Scenarios;

/// <summary>
/// The runs the command line offers: the default mix (steady ERC-20 blocks, bursts, conflict rates, executor crashes,
/// bad input, side by side) and the soak (steady blocks only). Every scenario gets the same two thresholds: no lost
/// request and no unexpected failure (an expected error is an ok answer); never a latency bound.
/// </summary>
public static class StressMix
{
    public const string Steady = "erc20-steady", Bursts = "bursts", Conflicts = "conflict-rates", Faults = "executor-crashes", BadInput = "bad-input";

    public static IReadOnlyList<ScenarioProps> Build(StressOptions options, IBlockTarget target)
    {
        var during = options.Duration;
        var warmUp = options.EffectiveWarmUp;
        var erc20 = new BlockDeck(ValidBlocks.Erc20(8, options.TxsPerBlock));
        var steady = BlockScenarios.Create(Steady, erc20, target)
            .WithLoadSimulations(Simulation.Inject(options.Rate, TimeSpan.FromSeconds(1), during));
        if (options.Soak)
            return [Guarded(steady, warmUp).WithThresholds(Threshold.Create(stats => WorkingSetGrowthPercent(stats) < 10))];

        var bursts = BlockScenarios.Create(Bursts, new BlockDeck(ValidBlocks.Erc20(4, options.TxsPerBlock, firstSeed: 101)), target)
            .WithLoadSimulations(BurstCycles(3 * options.Rate, during));
        var conflicts = BlockScenarios.Create(Conflicts, new BlockDeck(ValidBlocks.ConflictRates(options.TxsPerBlock)), target, stepName: b => "execute " + b.Name)
            .WithLoadSimulations(Simulation.KeepConstant(1, during));
        var faults = BlockScenarios.Create(Faults, new BlockDeck([.. ValidBlocks.Erc20(2, options.TxsPerBlock, firstSeed: 201), .. ValidBlocks.ConflictRates(options.TxsPerBlock, seed: 2).Take(3)]),
                target, injectFaults: true)
            .WithLoadSimulations(Simulation.RampingConstant(1, Half(during)), Simulation.KeepConstant(1, during - Half(during)));
        var badInput = BlockScenarios.Create(BadInput, new BlockDeck(BadInputs.All()), target)
            .WithLoadSimulations(Simulation.Inject(2, TimeSpan.FromSeconds(1), during));
        var all = new List<ScenarioProps> { steady, bursts, conflicts, faults, badInput };
        var mix = all.Select(s => Guarded(s, warmUp)).ToList();
        if (target is INodeFaults { CanStopNode: true } nodes) mix.Add(Guarded(NodeLeaves(nodes, during), TimeSpan.Zero));
        return mix;
    }

    static ScenarioProps Guarded(ScenarioProps scenario, TimeSpan warmUp) => scenario
        .WithWarmUpDuration(warmUp)
        .WithThresholds(
            Threshold.Create(stats => stats.Lost == 0),
            Threshold.Create(stats => stats.Fail.Request.Count == 0));

    /// <summary>Quiet, a one-second ramp to the peak rate, a second at the peak, a ramp down: five-second cycles filling <paramref name="during"/>.</summary>
    public static LoadSimulation[] BurstCycles(int peakRate, TimeSpan during)
    {
        var cycle = new[]
        {
            Simulation.Pause(TimeSpan.FromSeconds(2)),
            Simulation.RampingInject(peakRate, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
            Simulation.Inject(peakRate, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
            Simulation.RampingInject(0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
        };
        var stages = new List<LoadSimulation>();
        var left = during;
        for (int i = 0; left > TimeSpan.Zero; i = (i + 1) % cycle.Length)
        {
            var stage = cycle[i];
            if (stage.During > left) stage = stage with { During = left };
            stages.Add(stage);
            left -= stage.During;
        }
        return [.. stages];
    }

    public const string NodeLeave = "node-leaves";

    /// <summary>
    /// One invocation, two thirds into the run (an inject stage of one per its own length fires at its end): an
    /// executor node leaves while the other scenarios keep sending.
    /// </summary>
    static ScenarioProps NodeLeaves(INodeFaults nodes, TimeSpan during)
    {
        var third = TimeSpan.FromTicks(during.Ticks / 3);
        return Scenario.Create(NodeLeave, async ctx =>
            {
                var what = await nodes.StopOneNodeAsync().ConfigureAwait(false);
                ctx.AddToCounter("nodes left", 1);
                return Response.Ok(statusCode: "node-left", message: what);
            })
            .WithLoadSimulations(Simulation.Pause(third), Simulation.Inject(1, third, third), Simulation.Pause(during - 2 * third));
    }

    /// <summary>Growth of the working set from the first reporting interval of the load to the last.</summary>
    public static double WorkingSetGrowthPercent(ScenarioStats stats) =>
        stats.Timeline.Count < 2 || stats.Timeline[0].WorkingSetMb <= 0 ? 0
            : 100 * (stats.Timeline[^1].WorkingSetMb - stats.Timeline[0].WorkingSetMb) / stats.Timeline[0].WorkingSetMb;

    static TimeSpan Half(TimeSpan t) => TimeSpan.FromTicks(t.Ticks / 2);
}
