using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Once every transaction is executed and validated, builds the block's outcome in transaction order
/// (invariant 5). The deferred coinbase fees are folded back into each transaction's own diff, exactly as serial
/// execution would have written them, so that per-transaction diffs, the block diff and receipts all equal serial.
/// </summary>
static class ResultAssembler
{
    /// <summary>
    /// The per-transaction results in order with the coinbase fees folded in, or the error of the first invalid
    /// transaction. The block diff is then merged from these by partition (<see cref="MergePartition"/>), in parallel.
    /// </summary>
    public static TransactionResult[]? Prepare(BlockContext block, EngineCounters counters, out BlockExecutionResult? failure)
    {
        int n = block.Count;
        var results = new TransactionResult[n];
        for (int i = 0; i < n; i++)
        {
            var result = block.Results[i]!;
            if (!result.IsValid)
            {
                failure = BlockExecutionResult.InvalidTransaction(i, result.Error, counters);
                return null;
            }
            results[i] = result;
        }
        FoldCoinbaseFees(block, results);
        failure = null;
        return results;
    }

    /// <summary>The block diff restricted to one partition of the addresses (see <see cref="StateDiff.PartitionOf"/>).</summary>
    public static StateDiff MergePartition(TransactionResult[] results, int partition, int partitions)
    {
        int accounts = 0;
        foreach (var result in results) accounts += result.Changes.Accounts.Count;
        // Every transaction's diff has the coinbase (its fee is folded in): count it once.
        accounts -= Math.Max(0, results.Length - 1);
        // Partition 0's diff becomes the block's (the others are joined into it), so it is sized for all of them.
        var diff = new StateDiff(partition == 0 ? accounts + 16 : accounts / partitions + accounts / (4 * partitions) + 16);
        foreach (var result in results) diff.Merge(result.Changes, partition, partitions);
        return diff;
    }

    /// <summary>Single-threaded assembly (tests and small blocks).</summary>
    public static BlockExecutionResult Assemble(BlockContext block, EngineCounters counters)
    {
        var results = Prepare(block, counters, out var failure);
        return results is null ? failure! : new BlockExecutionResult(results, MergePartition(results, 0, 1), counters);
    }

    /// <summary>
    /// Replays the coinbase alone: its value after each transaction is the transaction's explicit write (if any)
    /// or the previous value, plus that transaction's fee; serial execution also touches it every time (EIP-161).
    /// </summary>
    static void FoldCoinbaseFees(BlockContext block, TransactionResult[] results)
    {
        var coinbase = block.Coinbase;
        bool clearEmpty = block.Request.Rules.ClearsEmptyAccounts;
        var current = block.Request.BaseState.GetAccount(coinbase);
        for (int i = 0; i < results.Length; i++)
        {
            var changes = results[i].Changes.Accounts;
            var before = current;
            changes.TryGetValue(coinbase, out var explicitChange);
            if (explicitChange is not null) current = explicitChange.Account;
            var fee = results[i].CoinbaseFee;
            if (!fee.IsZero)
            {
                var a = current ?? Account.Empty;
                current = a with { Balance = a.Balance + fee };
            }
            if (clearEmpty && current is { IsEmpty: true }) current = null;

            if (explicitChange is not null)
            {
                explicitChange.Account = current;
                if (current is null) { explicitChange.StorageCleared = true; if (explicitChange.HasStorageChanges) explicitChange.Storage.Clear(); explicitChange.Code = null; }
            }
            else if (current != before)
                changes[coinbase] = new AccountChange { Account = current, StorageCleared = current is null };
        }
    }
}
