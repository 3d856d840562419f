namespace ParallelEvm.Actors.Benchmarking;

/// <summary>One workload measured serially and in parallel in the same process (ratios, not absolute times, are the point).</summary>
public sealed record BenchmarkReport(
    string Workload, int Txs, long Gas, int Executors, double SerialMs, double ParallelMs, bool Identical, string? Difference, EngineCounters Counters)
{
    public double Speedup => ParallelMs > 0 ? SerialMs / ParallelMs : 0;
    public double SerialMgasPerSecond => SerialMs > 0 ? Gas / SerialMs / 1000 : 0;
    public double ParallelMgasPerSecond => ParallelMs > 0 ? Gas / ParallelMs / 1000 : 0;
}
