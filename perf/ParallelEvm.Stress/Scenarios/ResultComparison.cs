using ParallelEvm.Actors;
using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Stress.Scenarios;

/// <summary>
/// "Same result as serial" at the level a target returns. In process every transaction's write set comes back and is
/// compared too (<see cref="BlockComparison"/>); a cluster node keeps those and returns the receipts and the block
/// diff, which is what a caller applies, so those are compared.
/// </summary>
public static class ResultComparison
{
    public static string? FirstDifference(BlockExecutionResult expected, BlockExecutionResult actual, bool transactionDiffs)
    {
        if (transactionDiffs) return BlockComparison.FirstDifference(expected, actual);
        if (expected.Error != actual.Error) return $"error '{expected.Error}' != '{actual.Error}'";
        if (expected.FailedTransaction != actual.FailedTransaction) return $"failed transaction {expected.FailedTransaction} != {actual.FailedTransaction}";
        if (expected.Results.Count != actual.Results.Count) return $"{expected.Results.Count} results != {actual.Results.Count}";
        for (int i = 0; i < expected.Results.Count; i++)
            if (ReceiptDifference(expected.Results[i], actual.Results[i]) is { } d) return $"transaction {i}: {d}";
        return BlockComparison.DiffDifference(expected.Diff, actual.Diff);
    }

    static string? ReceiptDifference(TransactionResult e, TransactionResult a)
    {
        if (e.Status != a.Status) return $"status {e.Status} != {a.Status}";
        if (e.Error != a.Error) return $"error '{e.Error}' != '{a.Error}'";
        if (e.GasUsed != a.GasUsed) return $"gas {e.GasUsed} != {a.GasUsed}";
        if (!e.Output.AsSpan().SequenceEqual(a.Output)) return "output differs";
        if (e.ContractAddress != a.ContractAddress) return $"contract address {e.ContractAddress} != {a.ContractAddress}";
        if (e.BlobGasUsed != a.BlobGasUsed) return $"blob gas {e.BlobGasUsed} != {a.BlobGasUsed}";
        if (LogsHash.Compute(e.Logs) != LogsHash.Compute(a.Logs)) return "logs differ";
        return null;
    }
}
