using ParallelEvm.Actors;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// One block file's verdict as <c>pevm blocks</c> reports it: the plain line, the JSON row and the table row all come
/// from these fields. Times are medians of the transactions' execution over <c>--runs</c>; <see cref="Speedup"/> is
/// serial ÷ parallel; <see cref="Counters"/> are the engine's for the last parallel run (null without one).
/// </summary>
sealed record BlockRun(
    string Name, ulong? Number, string? Fork, int? Txs, long? Gas, double? SerialMs, double? ParallelMs, double? Speedup,
    bool Ok, string? Error, string Line, EngineCounters? Counters = null)
{
    /// <summary>The <c>--json</c> row; keys and order are part of the stable interface (new keys go at the end).</summary>
    public Dictionary<string, object?> ToJson() => new()
    {
        ["number"] = Number,
        ["fork"] = Fork,
        ["txs"] = Txs,
        ["gas"] = Gas,
        ["serialMs"] = Round(SerialMs),
        ["parallelMs"] = Round(ParallelMs),
        ["speedup"] = Round(Speedup),
        ["ok"] = Ok,
        ["error"] = Error,
        ["executions"] = Counters?.Executions,
        ["reExecutions"] = Counters?.ReExecutions,
        ["validations"] = Counters?.Validations,
        ["aborts"] = Counters?.Aborts,
        ["suspensions"] = Counters?.Suspensions,
        ["graphEdges"] = Counters?.GraphEdges,
        ["heldBack"] = Counters?.HeldBack,
        ["chained"] = Counters?.Chained,
        ["fellBackToSerial"] = Counters?.FellBackToSerial,
        ["graphMs"] = Round(Counters?.GraphMs),
        ["executionMs"] = Round(Counters?.ExecutionMs),
        ["assemblyMs"] = Round(Counters?.AssemblyMs),
    };

    static double? Round(double? x) => x is null ? null : Math.Round(x.Value, 3);
}
