namespace ParallelEvm.Stress.Framework;

/// <summary>
/// The load a scenario's stages ask for at each moment, as pure functions of the time since the start: how many
/// copies a closed stage keeps, and how many invocations open stages have due so far. Counting due invocations from
/// the schedule (rather than firing one per timer tick) makes an open stage start exactly its share, however late
/// the timer wakes on a busy machine.
/// </summary>
public sealed class LoadPlan
{
    readonly Stage[] _stages;

    public LoadPlan(IReadOnlyList<LoadSimulation> simulations)
    {
        if (simulations.Count == 0) throw new ArgumentException("a scenario needs at least one load simulation", nameof(simulations));
        _stages = new Stage[simulations.Count];
        var start = TimeSpan.Zero;
        double previousRate = 0, previousCopies = 0, dueBefore = 0;
        for (int i = 0; i < simulations.Count; i++)
        {
            var s = simulations[i];
            var (fromRate, toRate) = s switch
            {
                InjectSimulation inject => (PerSecond(inject.Rate, inject.Interval), PerSecond(inject.Rate, inject.Interval)),
                RampingInjectSimulation ramp => (previousRate, PerSecond(ramp.Rate, ramp.Interval)),
                _ => (0.0, 0.0),
            };
            var (fromCopies, toCopies) = s switch
            {
                KeepConstantSimulation keep => ((double)keep.Copies, (double)keep.Copies),
                RampingConstantSimulation ramp => (previousCopies, ramp.Copies),
                _ => (0.0, 0.0),
            };
            _stages[i] = new Stage(s, start, fromRate, toRate, fromCopies, toCopies, dueBefore);
            dueBefore += _stages[i].DueWithin(s.During);
            start += s.During;
            previousRate = toRate;
            previousCopies = toCopies;
        }
        Duration = start;
        TotalInvocations = (long)Math.Floor(dueBefore + Epsilon);
    }

    const double Epsilon = 1e-9;

    public TimeSpan Duration { get; }

    /// <summary>Invocations the open stages start in all (closed stages start as many as their copies finish).</summary>
    public long TotalInvocations { get; }

    public IReadOnlyList<LoadSimulation> Simulations => _stages.Select(s => s.Simulation).ToArray();

    public bool HasClosedStages => _stages.Any(s => s.Simulation is KeepConstantSimulation or RampingConstantSimulation);

    /// <summary>Copies a closed stage keeps at <paramref name="elapsed"/> (0 in open stages, pauses and after the end).</summary>
    public int CopiesAt(TimeSpan elapsed)
    {
        if (StageAt(elapsed) is not { } stage) return 0;
        double f = Fraction(stage, elapsed);
        return (int)Math.Round(stage.FromCopies + (stage.ToCopies - stage.FromCopies) * f, MidpointRounding.AwayFromZero);
    }

    /// <summary>Open-model invocations due from the start up to <paramref name="elapsed"/> (all of them once past the end).</summary>
    public long InvocationsDueBy(TimeSpan elapsed)
    {
        if (elapsed >= Duration) return TotalInvocations;
        if (StageAt(elapsed) is not { } stage) return 0;
        return (long)Math.Floor(stage.DueBefore + stage.DueWithin(elapsed - stage.Start) + Epsilon);
    }

    /// <summary>The simulation running at <paramref name="elapsed"/>, or null before the start and after the end.</summary>
    public LoadSimulation? SimulationAt(TimeSpan elapsed) => StageAt(elapsed)?.Simulation;

    Stage? StageAt(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero) return null;
        foreach (var stage in _stages)
            if (elapsed < stage.Start + stage.Simulation.During) return stage;
        return null;
    }

    static double Fraction(Stage stage, TimeSpan elapsed) =>
        Math.Clamp((elapsed - stage.Start).TotalSeconds / stage.Simulation.During.TotalSeconds, 0, 1);

    static double PerSecond(int rate, TimeSpan interval) => rate / interval.TotalSeconds;

    sealed record Stage(LoadSimulation Simulation, TimeSpan Start, double FromRate, double ToRate, double FromCopies, double ToCopies, double DueBefore)
    {
        /// <summary>The integral of the (linearly changing) rate over the first <paramref name="within"/> of the stage.</summary>
        public double DueWithin(TimeSpan within)
        {
            double t = Math.Clamp(within.TotalSeconds, 0, Simulation.During.TotalSeconds);
            double d = Simulation.During.TotalSeconds;
            return FromRate * t + (ToRate - FromRate) * t * t / (2 * d);
        }
    }
}
