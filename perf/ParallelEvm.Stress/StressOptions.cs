using ParallelEvm.Stress.Targets;

namespace ParallelEvm.Stress;

/// <summary>What a run does: the command-line options, with the defaults of the default mixed run.</summary>
public sealed record StressOptions
{
    public TargetKind Target { get; init; } = TargetKind.InProcess;
    /// <summary>Measured load (warm-up comes before it).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>Blocks per second of the steady ERC-20 scenario (bursts peak at three times that).</summary>
    public int Rate { get; init; } = 4;
    /// <summary>Only the steady scenario, at <see cref="Rate"/>, with a working-set growth threshold.</summary>
    public bool Soak { get; init; }
    public TimeSpan? WarmUp { get; init; }
    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Share of executions whose executor the fault scenario crashes.</summary>
    public double CrashRate { get; init; } = 0.05;
    public int TxsPerBlock { get; init; } = 100;
    public int Executors { get; init; } = Environment.ProcessorCount;
    public string ReportFolder { get; init; } = Path.Combine(Path.GetTempPath(), "pevm-stress");
    public string? ReportFileName { get; init; }

    /// <summary>A fifth of the duration, at most 3 s (NBomber's habit of warming up before measuring, scaled to short runs).</summary>
    public TimeSpan EffectiveWarmUp => WarmUp ?? TimeSpan.FromSeconds(Math.Min(3, Duration.TotalSeconds / 5));

    public StressOptions Validate()
    {
        if (Duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Duration), Duration, "must be positive");
        if (Grace < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Grace), Grace, "must not be negative");
        if (WarmUp < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(WarmUp), WarmUp, "must not be negative");
        if (Rate < 1) throw new ArgumentOutOfRangeException(nameof(Rate), Rate, "at least one block per second");
        if (CrashRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(CrashRate), CrashRate, "within [0, 1)");
        if (TxsPerBlock < 1) throw new ArgumentOutOfRangeException(nameof(TxsPerBlock), TxsPerBlock, "at least one");
        if (Executors < 1) throw new ArgumentOutOfRangeException(nameof(Executors), Executors, "at least one");
        return this;
    }
}
