using ParallelEvm.State;

namespace ParallelEvm.Actors.Tests;

/// <summary>Compares two block results the way the engine promises: receipts, gas, logs and final state, exactly.</summary>
static class BlockOutcome
{
    public static string? FirstDifference(BlockExecutionResult expected, BlockExecutionResult actual)
    {
        if (expected.Error != actual.Error) return $"error '{expected.Error}' != '{actual.Error}'";
        if (expected.Results.Count != actual.Results.Count) return $"result count {expected.Results.Count} != {actual.Results.Count}";
        for (int i = 0; i < expected.Results.Count; i++)
        {
            var (e, a) = (expected.Results[i], actual.Results[i]);
            if (e.Status != a.Status) return $"tx {i}: status {e.Status} != {a.Status}";
            if (e.GasUsed != a.GasUsed) return $"tx {i}: gas {e.GasUsed} != {a.GasUsed}";
            if (!e.Output.AsSpan().SequenceEqual(a.Output)) return $"tx {i}: output differs";
            if (LogsHash.Compute(e.Logs) != LogsHash.Compute(a.Logs)) return $"tx {i}: logs differ";
        }
        return DiffDifference(expected.Diff, actual.Diff);
    }

    public static string? DiffDifference(StateDiff expected, StateDiff actual)
    {
        foreach (var address in expected.Accounts.Keys.Union(actual.Accounts.Keys))
        {
            expected.Accounts.TryGetValue(address, out var e);
            actual.Accounts.TryGetValue(address, out var a);
            if (e is null || a is null) return $"account {address}: present only in {(e is null ? "actual" : "expected")}";
            if (e.Account != a.Account) return $"account {address}: {e.Account} != {a.Account}";
            if (e.StorageCleared != a.StorageCleared) return $"account {address}: storage cleared {e.StorageCleared} != {a.StorageCleared}";
            foreach (var slot in e.Storage.Keys.Union(a.Storage.Keys))
            {
                e.Storage.TryGetValue(slot, out var ev);
                a.Storage.TryGetValue(slot, out var av);
                if (ev != av) return $"account {address} slot {slot}: {ev} != {av}";
            }
        }
        return null;
    }
}
