using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using ParallelEvm.Actors;

namespace ParallelEvm.Benchmarks;

/// <summary>
/// The "gigagas" benchmark: one block of ≈ 1 Ggas (raw transfers, ERC-20 transfers, AMM swaps) executed serially
/// (the baseline of the Ratio column) and by the parallel engine with 2 executors. One operation is one whole block,
/// so the default job is BenchmarkDotNet's monitoring strategy (one invocation per iteration, no pilot stage); a job
/// given on the command line (<c>--job dry</c>) replaces it. Allocated/tx divides the MemoryDiagnoser's bytes per
/// block by the block's transactions.
/// Run: dotnet run -c Release -- --filter '*Gigagas*'   (BENCH_BLOCKS_DIR set: the shared 1-Ggas files)
/// Check that it runs: dotnet run -c Release -- --filter '*Gigagas*' --job dry
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GigagasConfig))]
public class GigagasBenchmarks
{
    public const int Executors = 2;

    GigagasBlock _block = null!;
    ParallelBlockExecutor _parallel = null!;

    [Params(GigagasWorkload.Raw, GigagasWorkload.Erc20, GigagasWorkload.Amm)]
    public GigagasWorkload Workload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _block = GigagasBlock.Load(Workload);
        _parallel = new ParallelBlockExecutor(new EngineOptions { Executors = Executors, Shards = Executors });
        // A benchmark of a wrong answer is worthless: check once, outside the measurement, that both agree.
        var serial = SerialBlockExecutor.Execute(_block.Request);
        var parallel = Parallel();
        if (!serial.Succeeded) throw new InvalidOperationException($"{_block.Source}: {serial.Error}");
        if (Actors.Benchmarking.BlockComparison.FirstDifference(serial, parallel) is { } difference)
            throw new InvalidOperationException($"{_block.Source}: parallel differs from serial: {difference}");
        Console.WriteLine($"// {Workload}: {_block.Source}, {_block.Txs:N0} txs, {serial.GasUsed:N0} gas");
    }

    [GlobalCleanup]
    public void Cleanup() => _parallel.Dispose();

    [Benchmark(Baseline = true)]
    public BlockExecutionResult Serial() => SerialBlockExecutor.Execute(_block.Request);

    [Benchmark]
    public BlockExecutionResult Parallel() => _parallel.ExecuteAsync(_block.Request).GetAwaiter().GetResult();

    sealed class GigagasConfig : ManualConfig
    {
        public GigagasConfig()
        {
            // AsDefault: used only when the command line names no job, so `--job dry` runs the dry job alone.
            // The runtime settings pevm runs with (src/Node/ParallelEvm.Node.csproj explains each).
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7)
                .WithGcConcurrent(false)
                .WithEnvironmentVariable("DOTNET_GCLOHThreshold", "0x2000000")
                .WithEnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0")
                .AsDefault());
            AddColumn(new GigagasAllocatedPerTxColumn());
        }
    }
}
