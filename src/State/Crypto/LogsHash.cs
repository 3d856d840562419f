namespace ParallelEvm.State;

/// <summary>
/// The "logs" hash that state tests check: KEC(RLP([[address, [topics…], data], …])).
/// No logs gives KEC(0xc0) = 1dcc4de8…9347.
/// </summary>
public static class LogsHash
{
    public static Hash256 Compute(IReadOnlyList<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        using var w = new RlpWriter();
        w.StartList();
        for (int i = 0; i < logs.Count; i++) w.WriteLog(logs[i]);
        w.EndList();
        return w.ComputeKeccak();
    }
}
