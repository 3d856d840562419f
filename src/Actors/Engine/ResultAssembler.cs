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
    public static BlockExecutionResult Assemble(BlockContext block, EngineCounters counters)
    {
        int n = block.Count;
        var results = new TransactionResult[n];
        for (int i = 0; i < n; i++)
        {
            var result = block.Results[i]!;
            if (!result.IsValid) return BlockExecutionResult.InvalidTransaction(i, result.Error, counters);
            results[i] = result;
        }
        FoldCoinbaseFees(block, results);
        var diff = new StateDiff();
        foreach (var result in results) diff.Merge(result.Changes);
        return new BlockExecutionResult(results, diff, counters);
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
                if (current is null) { explicitChange.StorageCleared = true; explicitChange.Storage.Clear(); explicitChange.Code = null; }
            }
            else if (current != before)
                changes[coinbase] = new AccountChange { Account = current, StorageCleared = current is null };
        }
    }
}
