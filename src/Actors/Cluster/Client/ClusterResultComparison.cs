using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// What "the cluster returned the same result" means: everything the wire carries — error, failed index, each
/// transaction's status, error, gas, logs, output, created address, blob gas and coinbase fee, and the block diff.
/// (<see cref="BlockComparison"/> also compares per-transaction write sets, which stay on the node.)
/// </summary>
public static class ClusterResultComparison
{
    public static string? FirstDifference(BlockExecutionResult expected, BlockExecutionResult actual)
    {
        if (expected.Error != actual.Error) return $"error '{expected.Error}' != '{actual.Error}'";
        if (expected.FailedTransaction != actual.FailedTransaction) return $"failed transaction {expected.FailedTransaction} != {actual.FailedTransaction}";
        if (expected.Results.Count != actual.Results.Count) return $"{expected.Results.Count} results != {actual.Results.Count}";
        for (int i = 0; i < expected.Results.Count; i++)
            if (TransactionDifference(expected.Results[i], actual.Results[i]) is { } d) return $"transaction {i}: {d}";
        return BlockComparison.DiffDifference(expected.Diff, actual.Diff);
    }

    /// <summary>Also the flags only a codec round trip keeps exactly (executors may differ there and still agree on state).</summary>
    public static string? FirstCodecDifference(BlockExecutionResult expected, BlockExecutionResult actual)
    {
        if (FirstDifference(expected, actual) is { } d) return d;
        if (expected.Counters != actual.Counters) return $"counters {expected.Counters} != {actual.Counters}";
        foreach (var (address, e) in expected.Diff.Accounts)
            if (e.AccountChanged != actual.Diff.Accounts[address].AccountChanged) return $"{address}: account-changed flag differs";
        return null;
    }

    static string? TransactionDifference(TransactionResult e, TransactionResult a)
    {
        if (e.Status != a.Status) return $"status {e.Status} != {a.Status}";
        if (e.Error != a.Error) return $"error '{e.Error}' != '{a.Error}'";
        if (e.GasUsed != a.GasUsed) return $"gas {e.GasUsed} != {a.GasUsed}";
        if (!e.Output.AsSpan().SequenceEqual(a.Output)) return "output differs";
        if (e.ContractAddress != a.ContractAddress) return $"contract address {e.ContractAddress} != {a.ContractAddress}";
        if (e.BlobGasUsed != a.BlobGasUsed) return $"blob gas {e.BlobGasUsed} != {a.BlobGasUsed}";
        if (e.CoinbaseFee != a.CoinbaseFee) return $"coinbase fee {e.CoinbaseFee} != {a.CoinbaseFee}";
        if (e.Logs.Count != a.Logs.Count) return $"{e.Logs.Count} logs != {a.Logs.Count}";
        for (int i = 0; i < e.Logs.Count; i++)
        {
            if (e.Logs[i].Address != a.Logs[i].Address) return $"log {i}: address differs";
            if (!e.Logs[i].Topics.AsSpan().SequenceEqual(a.Logs[i].Topics)) return $"log {i}: topics differ";
            if (!e.Logs[i].Data.AsSpan().SequenceEqual(a.Logs[i].Data)) return $"log {i}: data differs";
        }
        return null;
    }
}
