namespace ParallelEvm.Stress.Framework;

/// <summary>
/// One stage of a scenario's load; stages run one after another. Closed models keep a number of copies looping
/// (a copy starts its next invocation when the last one ends); open models start invocations at a rate, whether or
/// not earlier ones have finished (so a slow target builds a queue, as real traffic does).
/// </summary>
public abstract record LoadSimulation(TimeSpan During)
{
    public abstract string Describe();
}

/// <summary>Closed: exactly <paramref name="Copies"/> copies loop for the whole stage.</summary>
public sealed record KeepConstantSimulation(int Copies, TimeSpan During) : LoadSimulation(During)
{
    public override string Describe() => $"keep-constant {Copies} copies for {During.TotalSeconds:0.#}s";
}

/// <summary>Closed: the copies go linearly from the previous stage's count to <paramref name="Copies"/>.</summary>
public sealed record RampingConstantSimulation(int Copies, TimeSpan During) : LoadSimulation(During)
{
    public override string Describe() => $"ramping-constant to {Copies} copies over {During.TotalSeconds:0.#}s";
}

/// <summary>Open: <paramref name="Rate"/> invocations per <paramref name="Interval"/>, spread evenly.</summary>
public sealed record InjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    public override string Describe() => $"inject {Rate}/{Interval.TotalSeconds:0.###}s for {During.TotalSeconds:0.#}s";
}

/// <summary>Open: the rate goes linearly from the previous stage's rate to <paramref name="Rate"/> per <paramref name="Interval"/>.</summary>
public sealed record RampingInjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    public override string Describe() => $"ramping-inject to {Rate}/{Interval.TotalSeconds:0.###}s over {During.TotalSeconds:0.#}s";
}

/// <summary>No load (between bursts).</summary>
public sealed record PauseSimulation(TimeSpan During) : LoadSimulation(During)
{
    public override string Describe() => $"pause {During.TotalSeconds:0.#}s";
}
