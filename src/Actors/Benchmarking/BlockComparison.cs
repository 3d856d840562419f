using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Benchmarking;

/// <summary>What "parallel equals serial" means: same error, same receipts (status, gas, output, logs), same per-transaction and block diffs.</summary>
public static class BlockComparison
{
    public static string? FirstDifference(BlockExecutionResult expected, BlockExecutionResult actual)
    {
        if (expected.Error != actual.Error) return $"error '{expected.Error}' != '{actual.Error}'";
        if (expected.Results.Count != actual.Results.Count) return $"{expected.Results.Count} results != {actual.Results.Count}";
        for (int i = 0; i < expected.Results.Count; i++)
            if (TransactionDifference(expected.Results[i], actual.Results[i]) is { } d) return $"transaction {i}: {d}";
        return DiffDifference(expected.Diff, actual.Diff);
    }

    static string? TransactionDifference(TransactionResult e, TransactionResult a)
    {
        if (e.Status != a.Status) return $"status {e.Status} != {a.Status}";
        if (e.GasUsed != a.GasUsed) return $"gas {e.GasUsed} != {a.GasUsed}";
        if (!e.Output.AsSpan().SequenceEqual(a.Output)) return "output differs";
        if (LogsHash.Compute(e.Logs) != LogsHash.Compute(a.Logs)) return "logs differ";
        return DiffDifference(e.Changes, a.Changes) is { } d ? $"diff: {d}" : null;
    }

    public static string? DiffDifference(StateDiff expected, StateDiff actual)
    {
        foreach (var address in expected.Accounts.Keys.Union(actual.Accounts.Keys))
        {
            expected.Accounts.TryGetValue(address, out var e);
            actual.Accounts.TryGetValue(address, out var a);
            if (e is null || a is null) return $"{address} changed only in the {(e is null ? "second" : "first")}";
            if (e.Account != a.Account) return $"{address}: {e.Account} != {a.Account}";
            if (e.StorageCleared != a.StorageCleared) return $"{address}: storage cleared {e.StorageCleared} != {a.StorageCleared}";
            if ((e.Code is null) != (a.Code is null) || (e.Code is not null && !e.Code.AsSpan().SequenceEqual(a.Code))) return $"{address}: code differs";
            foreach (var slot in e.Storage.Keys.Union(a.Storage.Keys))
            {
                e.Storage.TryGetValue(slot, out var ev);
                a.Storage.TryGetValue(slot, out var av);
                if (ev != av || e.Storage.ContainsKey(slot) != a.Storage.ContainsKey(slot))
                    return $"{address} slot {slot.ToHexString()}: {ev.ToHexString()} != {av.ToHexString()}";
            }
        }
        return null;
    }
}
