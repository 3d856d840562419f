namespace ParallelEvm.Stress.Framework;

/// <summary>The load simulations, named as NBomber names them.</summary>
public static class Simulation
{
    public static LoadSimulation KeepConstant(int copies, TimeSpan during) =>
        new KeepConstantSimulation(NotNegative(copies, nameof(copies)), Positive(during));

    public static LoadSimulation RampingConstant(int copies, TimeSpan during) =>
        new RampingConstantSimulation(NotNegative(copies, nameof(copies)), Positive(during));

    public static LoadSimulation Inject(int rate, TimeSpan interval, TimeSpan during) =>
        new InjectSimulation(NotNegative(rate, nameof(rate)), Positive(interval), Positive(during));

    public static LoadSimulation RampingInject(int rate, TimeSpan interval, TimeSpan during) =>
        new RampingInjectSimulation(NotNegative(rate, nameof(rate)), Positive(interval), Positive(during));

    public static LoadSimulation Pause(TimeSpan during) => new PauseSimulation(Positive(during));

    static int NotNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must not be negative");

    static TimeSpan Positive(TimeSpan value) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive");
}
