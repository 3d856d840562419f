using System.Globalization;
using System.Text.Json;
using ParallelEvm.Actors;
using ParallelEvm.Node.Cli;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>pevm bench --memory [--memory-blocks N]</c>: the <see cref="MemoryReport"/> of a workload, e.g. the 1-Ggas ERC-20
/// block: <c>pevm bench --workload erc20 --txs 19414 --executors 2 --memory</c>. Prints one line per figure (with
/// <c>--json</c> the last line is one JSON object); exits with 1 when parallel differs from serial or the heap grows.
/// </summary>
static class BenchMemory
{
    public static int Run(Workload workload, EngineOptions options, int blocks, bool json, bool rich)
    {
        var report = rich
            ? RunProgress.Run(rich, "memory", blocks, progress =>
            {
                progress.Current("warm-up, serial and parallel allocation, peak");
                return MemoryReport.Measure(workload, options, blocks, block =>
                {
                    progress.Advance();
                    if (block < blocks) progress.Current($"block {block + 1} of {blocks}");
                });
            })
            : MemoryReport.Measure(workload, options, blocks);

        if (rich) MemoryView.Write(report);
        else WritePlain(report);
        if (json) Console.WriteLine(JsonSerializer.Serialize(ToJson(report)));
        return report.Identical && !report.HeapGrows ? 0 : 1;
    }

    static void WritePlain(MemoryReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"memory {r.Workload}: {r.Txs:N0} txs, {r.Gas:N0} gas, {r.Executors} executors");
        Console.WriteLine(string.Format(inv, "peak working set  {0} during one parallel run{1} (working set before it {2})",
            Styles.Bytes(r.PeakWorkingSetBytes), r.PeakOfRunOnly ? "" : " (peak since the process started: no VmHWM reset here)", Styles.Bytes(r.WorkingSetBeforeBytes)));
        Console.WriteLine(string.Format(inv, "GC-allocated/tx   serial {0:N0} B, parallel {1:N0} B ({2:F2}x)",
            r.SerialAllocatedPerTx, r.ParallelAllocatedPerTx, r.SerialAllocatedPerTx > 0 ? r.ParallelAllocatedPerTx / r.SerialAllocatedPerTx : 0));
        Console.WriteLine(string.Format(inv, "MVMemory          {0} for the block, {1:N0} B/tx (pooled between blocks)",
            Styles.Bytes(r.MvMemoryBytes), r.MvMemoryBytesPerTx));
        foreach (var b in r.Blocks)
            Console.WriteLine($"after block {b.Block,3}  working set {Styles.Bytes(b.WorkingSetBytes),10}  GC heap {Styles.Bytes(b.HeapBytes),10}");
        Console.WriteLine($"GC heap block 1 to {r.Blocks.Count}: {Signed(r.HeapGrowthBytes)}; highest of the second half vs the first: {Signed(r.PeakHeapGrowthBytes)}: {(r.HeapGrows ? "GROWS" : "no growth")}");
        Console.WriteLine(r.Identical ? "parallel == serial: yes" : $"parallel == serial: NO ({r.Difference})");
    }

    public static string Signed(long bytes) => (bytes < 0 ? "-" : "+") + Styles.Bytes(Math.Abs(bytes));

    static Dictionary<string, object?> ToJson(MemoryReport r) => new()
    {
        ["workload"] = r.Workload,
        ["txs"] = r.Txs,
        ["gas"] = r.Gas,
        ["executors"] = r.Executors,
        ["workingSetBeforeBytes"] = r.WorkingSetBeforeBytes,
        ["peakWorkingSetBytes"] = r.PeakWorkingSetBytes,
        ["peakOfRunOnly"] = r.PeakOfRunOnly,
        ["serialAllocatedPerTx"] = Math.Round(r.SerialAllocatedPerTx, 1),
        ["parallelAllocatedPerTx"] = Math.Round(r.ParallelAllocatedPerTx, 1),
        ["mvMemoryBytes"] = r.MvMemoryBytes,
        ["mvMemoryBytesPerTx"] = Math.Round(r.MvMemoryBytesPerTx, 1),
        ["blocks"] = r.Blocks.Select(b => new Dictionary<string, long> { ["block"] = b.Block, ["workingSetBytes"] = b.WorkingSetBytes, ["heapBytes"] = b.HeapBytes }).ToList(),
        ["heapGrowthBytes"] = r.HeapGrowthBytes,
        ["peakHeapGrowthBytes"] = r.PeakHeapGrowthBytes,
        ["heapGrows"] = r.HeapGrows,
        ["identical"] = r.Identical,
    };
}
