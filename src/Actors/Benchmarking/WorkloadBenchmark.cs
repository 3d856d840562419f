using System.Diagnostics;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Actors.Benchmarking;

/// <summary>
/// Runs a workload serially and in parallel, alternating the two so that machine noise hits both alike, and reports
/// the median of each. The parallel result is checked against the serial one on every run.
/// </summary>
public static class WorkloadBenchmark
{
    public static async Task<BenchmarkReport> RunAsync(Workload workload, EngineOptions options, int runs = 5, CancellationToken cancellationToken = default)
    {
        var request = new BlockExecutionRequest(workload.Rules, workload.Env, workload.Txs, workload.PreState);
        using var engine = new ParallelBlockExecutor(options);
        // Warm-up, measured by neither side: JIT tiers (tiered compilation promotes hot methods only after they ran a
        // while), pools and the actor system. One round left the engine's actor code half-optimized in the first
        // measured runs; several rounds and at least a second make both sides steady. Three seconds: on 10k raw
        // transfers a one-second warm-up still left the parallel median about 1.5x its steady value.
        var serial = SerialBlockExecutor.Execute(request, cancellationToken);
        var parallel = await engine.ExecuteAsync(request, cancellationToken);
        string? difference = BlockComparison.FirstDifference(serial, parallel);
        var warmUp = Stopwatch.StartNew();
        for (int i = 0; i < 3 || (i < 60 && warmUp.Elapsed < TimeSpan.FromSeconds(3)); i++)
        {
            SerialBlockExecutor.Execute(request, cancellationToken);
            await engine.ExecuteAsync(request, cancellationToken);
        }

        var serialTimes = new List<double>();
        var parallelTimes = new List<double>();
        for (int i = 0; i < Math.Max(1, runs); i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            serial = SerialBlockExecutor.Execute(request, cancellationToken);
            serialTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            parallel = await engine.ExecuteAsync(request, cancellationToken);
            parallelTimes.Add(watch.Elapsed.TotalMilliseconds);
            difference ??= BlockComparison.FirstDifference(serial, parallel);
        }
        return new BenchmarkReport(workload.Name, workload.Txs.Count, serial.GasUsed, options.Executors,
            Median(serialTimes), Median(parallelTimes), difference is null, difference, parallel.Counters);
    }

    static double Median(List<double> values)
    {
        values.Sort();
        int mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
