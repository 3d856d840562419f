using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParallelEvm.Benchmarks;

/// <summary>
/// GC-allocated bytes per transaction: the MemoryDiagnoser's bytes per operation (one block) divided by the block's
/// transaction count. The count is deterministic, so the host process reads it from the block instead of asking the
/// benchmark process.
/// </summary>
sealed class GigagasAllocatedPerTxColumn : IColumn
{
    static readonly ConcurrentDictionary<GigagasWorkload, int> TxsByWorkload = new();

    public string Id => "GigagasAllocatedPerTx";
    public string ColumnName => "Allocated/tx";
    public string Legend => "GC-allocated bytes per transaction (Allocated ÷ transactions in the block)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is not { } bytes) return "NA";
        if (benchmarkCase.Parameters["Workload"] is not GigagasWorkload workload) return "NA";
        int txs = TxsByWorkload.GetOrAdd(workload, GigagasBlock.TxCount);
        return ((double)bytes / txs).ToString("N0", CultureInfo.InvariantCulture) + " B";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Metric;
    public int PriorityInCategory => 100;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Size;
    public override string ToString() => ColumnName;
}
