using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParallelEvm.Benchmarks;

/// <summary>
/// Summary-table columns for <see cref="InterpreterBenchmarks"/>: the gas one benchmark operation uses, and the
/// throughput Mgas/s = gas / mean time (gas per ns × 1000). The gas is deterministic, so the host process measures it
/// by running the scenario once instead of reading it back from the benchmark process.
/// </summary>
abstract class GasColumn : IColumn
{
    static readonly ConcurrentDictionary<string, long> GasByBenchmark = new();

    protected static long GasOf(BenchmarkCase benchmark) =>
        GasByBenchmark.GetOrAdd(benchmark.Descriptor.WorkloadMethod.Name, name => InterpreterScenario.For(name).GasUsed);

    public abstract string Id { get; }
    public abstract string ColumnName { get; }
    public abstract string Legend { get; }
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public override string ToString() => ColumnName;
}

/// <summary>Gas used by one benchmark operation (one transaction, intrinsic gas included).</summary>
sealed class GasPerOpColumn : GasColumn
{
    public override string Id => "GasPerOp";
    public override string ColumnName => "Gas/op";
    public override string Legend => "Gas used by one operation (one transaction, intrinsic 21000 included)";
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GasOf(benchmarkCase).ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>Throughput: gas used per operation divided by the mean time per operation.</summary>
sealed class MgasPerSecondColumn : GasColumn
{
    public override string Id => "MgasPerSecond";
    public override string ColumnName => "Mgas/s";
    public override string Legend => "Gas/op ÷ Mean, in millions of gas per second";
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0) return "NA";
        return (GasOf(benchmarkCase) / meanNs.Value * 1_000).ToString("F1", CultureInfo.InvariantCulture);
    }
}
