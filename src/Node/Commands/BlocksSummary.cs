using System.Globalization;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// The totals under <c>pevm blocks</c>: speedup over the blocks timed in both modes, as a geometric mean (2× faster
/// and 2× slower cancel out) and the lowest, and how many transactions the engine executed again.
/// </summary>
/// <param name="Speedups">Blocks with transactions and serial and parallel times both above zero.</param>
/// <param name="GeomeanSpeedup">Null without such blocks.</param>
/// <param name="MinSpeedup">Null without such blocks.</param>
/// <param name="Transactions">Transactions of every block that was read.</param>
/// <param name="ReExecutions">Summed over blocks with engine counters; null when none ran in parallel.</param>
/// <param name="CountedTransactions">Transactions of the blocks with engine counters (the base of the re-execution share).</param>
sealed record BlocksSummary(int Speedups, double? GeomeanSpeedup, double? MinSpeedup, long Transactions, long? ReExecutions, long CountedTransactions)
{
    public static BlocksSummary Of(IReadOnlyList<BlockRun> runs)
    {
        // A block without transactions is timed at a microsecond or less in both modes: its ratio is noise, not speed.
        var speedups = runs.Where(r => r.Txs > 0 && r.SerialMs > 0 && r.ParallelMs > 0).Select(r => r.SerialMs!.Value / r.ParallelMs!.Value).ToList();
        var counted = runs.Where(r => r.Counters is not null).ToList();
        return new BlocksSummary(
            speedups.Count,
            speedups.Count > 0 ? Math.Exp(speedups.Average(Math.Log)) : null,
            speedups.Count > 0 ? speedups.Min() : null,
            runs.Sum(r => (long)(r.Txs ?? 0)),
            counted.Count > 0 ? counted.Sum(r => r.Counters!.ReExecutions) : null,
            counted.Sum(r => (long)(r.Txs ?? 0)));
    }

    /// <summary>The keys added to the <c>--json</c> object after <c>blocks</c>.</summary>
    public void AddTo(Dictionary<string, object?> json)
    {
        json["geomeanSpeedup"] = GeomeanSpeedup is null ? null : Math.Round(GeomeanSpeedup.Value, 3);
        json["minSpeedup"] = MinSpeedup is null ? null : Math.Round(MinSpeedup.Value, 3);
        json["transactions"] = Transactions;
        json["reExecutions"] = ReExecutions;
    }

    /// <summary>The plain line before "N passed, M failed" in <c>--mode both</c>.</summary>
    public string Line()
    {
        var inv = CultureInfo.InvariantCulture;
        string speed = GeomeanSpeedup is null
            ? "geomean n/a, min n/a"
            : string.Format(inv, "geomean {0:F2}x, min {1:F2}x", GeomeanSpeedup, MinSpeedup);
        string share = CountedTransactions > 0 ? string.Format(inv, "{0:F1}%", 100.0 * (ReExecutions ?? 0) / CountedTransactions) : "n/a";
        return string.Format(inv, "speedup: {0} over {1} blocks; re-executions {2} of {3} transactions ({4})",
            speed, Speedups, ReExecutions ?? 0, CountedTransactions, share);
    }
}
