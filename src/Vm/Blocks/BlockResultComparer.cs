using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>Compares two results of the same block (e.g. parallel against serial): receipts, totals, roots and the state diff.</summary>
public static class BlockResultComparer
{
    /// <summary>The first difference, or null when the results are the same.</summary>
    public static string? FirstDifference(BlockResult expected, BlockResult actual)
    {
        if (expected.Error != actual.Error) return $"error '{actual.Error}' != '{expected.Error}'";
        if (expected.GasUsed != actual.GasUsed) return $"gasUsed {actual.GasUsed} != {expected.GasUsed}";
        if (expected.Receipts.Count != actual.Receipts.Count) return $"{actual.Receipts.Count} receipts != {expected.Receipts.Count}";
        for (int i = 0; i < expected.Receipts.Count; i++)
        {
            var e = expected.Receipts[i];
            var a = actual.Receipts[i];
            if (e.Success != a.Success) return $"transaction {i}: status {a.Success} != {e.Success}";
            if (e.CumulativeGasUsed != a.CumulativeGasUsed) return $"transaction {i}: cumulative gas {a.CumulativeGasUsed} != {e.CumulativeGasUsed}";
            if (e.PostState != a.PostState) return $"transaction {i}: post-state root {a.PostState} != {e.PostState}";
            if (LogsDifference(e.Logs, a.Logs) is { } logs) return $"transaction {i}: {logs}";
        }
        if (expected.LogsBloom != actual.LogsBloom) return "logsBloom differs";
        if (expected.ReceiptsRoot != actual.ReceiptsRoot) return $"receiptsRoot {actual.ReceiptsRoot} != {expected.ReceiptsRoot}";
        if (expected.StateRoot != actual.StateRoot) return $"stateRoot {actual.StateRoot} != {expected.StateRoot}";
        return DiffDifference(expected.Changes, actual.Changes);
    }

    static string? LogsDifference(IReadOnlyList<LogEntry> expected, IReadOnlyList<LogEntry> actual)
    {
        if (expected.Count != actual.Count) return $"{actual.Count} logs != {expected.Count}";
        for (int j = 0; j < expected.Count; j++)
        {
            var (e, a) = (expected[j], actual[j]);
            if (e.Address != a.Address || !e.Topics.AsSpan().SequenceEqual(a.Topics) || !e.Data.AsSpan().SequenceEqual(a.Data))
                return $"log {j} differs";
        }
        return null;
    }

    /// <summary>The first account whose change differs between two state diffs.</summary>
    public static string? DiffDifference(StateDiff expected, StateDiff actual)
    {
        foreach (var (address, e) in expected.Accounts)
        {
            if (!actual.Accounts.TryGetValue(address, out var a)) return $"state diff: {address} changed only in the first result";
            if (e.Account != a.Account) return $"state diff: {address} account {a.Account} != {e.Account}";
            if (e.StorageCleared != a.StorageCleared) return $"state diff: {address} storage cleared {a.StorageCleared} != {e.StorageCleared}";
            if ((e.Code is null) != (a.Code is null) || (e.Code is not null && !e.Code.AsSpan().SequenceEqual(a.Code))) return $"state diff: {address} code differs";
            if (e.Storage.Count != a.Storage.Count) return $"state diff: {address} has {a.Storage.Count} storage changes != {e.Storage.Count}";
            foreach (var (slot, value) in e.Storage)
                if (!a.Storage.TryGetValue(slot, out var other) || other != value)
                    return $"state diff: {address} slot {slot.ToHexString()} = {other.ToHexString()} != {value.ToHexString()}";
        }
        foreach (var address in actual.Accounts.Keys)
            if (!expected.Accounts.ContainsKey(address)) return $"state diff: {address} changed only in the second result";
        return null;
    }
}
