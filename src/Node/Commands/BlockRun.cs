namespace ParallelEvm.Node.Commands;

/// <summary>
/// One block file's verdict as <c>pevm blocks</c> reports it: the plain line, the JSON row and the table row all come
/// from these fields. Times are of the transactions' execution; <see cref="Speedup"/> is serial ÷ parallel.
/// </summary>
sealed record BlockRun(
    string Name, ulong? Number, string? Fork, int? Txs, long? Gas, double? SerialMs, double? ParallelMs, double? Speedup,
    bool Ok, string? Error, string Line)
{
    /// <summary>The <c>--json</c> row; keys and order are part of the stable interface.</summary>
    public Dictionary<string, object?> ToJson() => new()
    {
        ["number"] = Number,
        ["fork"] = Fork,
        ["txs"] = Txs,
        ["gas"] = Gas,
        ["serialMs"] = SerialMs is null ? null : Math.Round(SerialMs.Value, 3),
        ["parallelMs"] = ParallelMs is null ? null : Math.Round(ParallelMs.Value, 3),
        ["speedup"] = Speedup is null ? null : Math.Round(Speedup.Value, 3),
        ["ok"] = Ok,
        ["error"] = Error,
    };
}
