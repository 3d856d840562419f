using ParallelEvm.Actors;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// Runs one block for <c>pevm blocks --runs N</c>: one untimed warm-up round (the JIT, caches and the engine's actors
/// settle), then N timed rounds, each serial then parallel so that drift of the machine hits both modes alike. Every
/// round is checked (each run against <c>expected</c>, parallel against serial); the first failure ends the rounds.
/// Times are medians, which one slow run (a GC, another process on the 2 cores) does not move.
/// </summary>
static class BlocksRounds
{
    /// <summary>What the rounds of one block gave.</summary>
    /// <param name="Serial">The last serial outcome (the failing one when a round failed); null in parallel mode.</param>
    /// <param name="Parallel">The last parallel outcome (likewise); null in serial mode.</param>
    /// <param name="SerialMs">Median transaction-execution time of the serial runs.</param>
    /// <param name="ParallelMs">Median transaction-execution time of the parallel runs.</param>
    /// <param name="SerialTotalMs">Median whole-block processing time of the serial runs.</param>
    /// <param name="ParallelTotalMs">Median whole-block processing time of the parallel runs.</param>
    /// <param name="Difference">How the parallel result differs from the serial one, when it does.</param>
    /// <param name="Counters">The engine's counters of the last parallel run that reached the engine.</param>
    public sealed record Result(
        BlockFileOutcome? Serial, BlockFileOutcome? Parallel, double? SerialMs, double? ParallelMs,
        double? SerialTotalMs, double? ParallelTotalMs, string? Difference, EngineCounters? Counters);

    public static Result Run(BlockFileRunner runner, BlockFile block, bool serial, ITransactionsExecutor? parallel, int runs)
    {
        var serialMs = new List<double>(runs);
        var parallelMs = new List<double>(runs);
        var serialTotal = new List<double>(runs);
        var parallelTotal = new List<double>(runs);
        BlockFileOutcome? s = null, p = null;
        EngineCounters? counters = null;
        string? difference = null;

        for (int round = 0; round <= runs; round++)
        {
            s = serial ? runner.Run(block, SerialTransactionsExecutor.Instance) : null;
            if (parallel is not null)
            {
                var engine = parallel as ParallelTransactionsExecutor;
                var before = engine?.LastCounters;
                p = runner.Run(block, parallel);
                // A block rejected before its transactions ran leaves the previous block's counters in place.
                if (engine is not null && !ReferenceEquals(engine.LastCounters, before)) counters = engine.LastCounters;
            }
            bool timed = round > 0;
            bool failed = s is { Ok: false } || p is { Ok: false };
            if (!failed && s?.Result is { } sr && p?.Result is { } pr && BlockResultComparer.FirstDifference(sr, pr) is { } diff)
            {
                difference = diff;
                failed = true;
            }
            // A failing warm-up is the only run there will be: time it, so the line still shows what it took.
            if (timed || failed)
            {
                if (s is not null) { serialMs.Add(s.ElapsedMs); serialTotal.Add(s.TotalMs); }
                if (p is not null) { parallelMs.Add(p.ElapsedMs); parallelTotal.Add(p.TotalMs); }
            }
            if (failed) break;
        }
        return new Result(s, p, Median(serialMs), Median(parallelMs), Median(serialTotal), Median(parallelTotal), difference, counters);
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count); null for none.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
