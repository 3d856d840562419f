using ParallelEvm.Actors;
using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Node.Commands;

/// <summary>The working set and the live GC heap after one block and a full garbage collection.</summary>
readonly record struct MemoryAfterBlock(int Block, long WorkingSetBytes, long HeapBytes);

/// <summary>
/// What <c>pevm bench --memory</c> measures on one workload: the peak working set of a parallel run, GC-allocated
/// bytes per transaction serially and in parallel, and the working set and live heap after each of a series of
/// consecutive parallel blocks on one engine (which must not grow: nothing may outlive its block).
/// </summary>
sealed record MemoryReport(
    string Workload, int Txs, long Gas, int Executors,
    long WorkingSetBeforeBytes, long PeakWorkingSetBytes, bool PeakOfRunOnly,
    double SerialAllocatedPerTx, double ParallelAllocatedPerTx, long MvMemoryBytes,
    IReadOnlyList<MemoryAfterBlock> Blocks, bool Identical, string? Difference)
{
    /// <summary>MVMemory of the block per transaction (pooled between blocks, so not in the allocation figures).</summary>
    public double MvMemoryBytesPerTx => Txs == 0 ? 0 : (double)MvMemoryBytes / Txs;

    /// <summary>Live heap after the last block minus after the first.</summary>
    public long HeapGrowthBytes => Blocks.Count < 2 ? 0 : Blocks[^1].HeapBytes - Blocks[0].HeapBytes;

    /// <summary>
    /// Highest live heap of the second half of the blocks minus that of the first half. A block's data may stay
    /// reachable for a moment after its result is returned (actors still stopping), so the heap after one block
    /// swings by a block or two; a leak instead raises the highs block after block.
    /// </summary>
    public long PeakHeapGrowthBytes => Blocks.Count < 2
        ? 0
        : Blocks.Skip(Blocks.Count / 2).Max(b => b.HeapBytes) - Blocks.Take(Blocks.Count / 2).Max(b => b.HeapBytes);

    /// <summary>The highs grow by more than 1 MiB plus 2% (pools settling), see <see cref="PeakHeapGrowthBytes"/>.</summary>
    public bool HeapGrows => Blocks.Count >= 2 && PeakHeapGrowthBytes > (1 << 20) + Blocks.Take(Blocks.Count / 2).Max(b => b.HeapBytes) / 50;

    public static MemoryReport Measure(Workload workload, EngineOptions options, int blocks, Action<int>? blockDone = null)
    {
        var request = new BlockExecutionRequest(workload.Rules, workload.Env, workload.Txs, workload.PreState);
        using var engine = new ParallelBlockExecutor(options);
        // Warm-up (JIT, pools, the actor system) and the correctness check, outside every measurement.
        var serial = SerialBlockExecutor.Execute(request);
        var first = Parallel(engine, request);
        var difference = BlockComparison.FirstDifference(serial, first);
        long mvMemoryBytes = first.Counters.MvMemoryBytes;
        first = null;
        long gas = serial.GasUsed;
        serial = null;

        int txs = workload.Txs.Count;
        double serialPerTx = AllocatedPerTx(txs, () => SerialBlockExecutor.Execute(request));

        var peak = new PeakWorkingSet();
        long before = CollectedWorkingSet();
        peak.Reset();
        double parallelPerTx = AllocatedPerTx(txs, () => Parallel(engine, request));
        long peakBytes = peak.Read();

        var after = new List<MemoryAfterBlock>(blocks);
        for (int i = 1; i <= blocks; i++)
        {
            Parallel(engine, request);
            after.Add(new MemoryAfterBlock(i, CollectedWorkingSet(), GC.GetTotalMemory(forceFullCollection: false)));
            blockDone?.Invoke(i);
        }
        return new MemoryReport(workload.Name, txs, gas, options.Executors, before, peakBytes, peak.SinceReset,
            serialPerTx, parallelPerTx, mvMemoryBytes, after, difference is null, difference);
    }

    static BlockExecutionResult Parallel(ParallelBlockExecutor engine, BlockExecutionRequest request) =>
        engine.ExecuteAsync(request).GetAwaiter().GetResult();

    /// <summary>Bytes allocated on every thread (the engine's actors included) per transaction of one run.</summary>
    static double AllocatedPerTx(int txs, Func<BlockExecutionResult> run)
    {
        FullCollect();
        long start = GC.GetTotalAllocatedBytes(precise: true);
        run();
        return (GC.GetTotalAllocatedBytes(precise: true) - start) / (double)Math.Max(1, txs);
    }

    /// <summary>The working set after a full, compacting collection: what the process keeps, not garbage waiting.</summary>
    static long CollectedWorkingSet()
    {
        FullCollect();
        return Environment.WorkingSet;
    }

    static void FullCollect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
