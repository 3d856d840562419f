using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Once every transaction is executed and validated, builds the block's outcome in transaction order
/// (invariant 5): results as they are, diffs merged in order, then the coinbase with all deferred fees added.
/// </summary>
static class ResultAssembler
{
    public static BlockExecutionResult Assemble(BlockContext block, EngineCounters counters)
    {
        int n = block.Count;
        var results = new TransactionResult[n];
        var diff = new StateDiff();
        int lastCoinbaseWriter = -1;
        for (int i = 0; i < n; i++)
        {
            var result = block.Results[i]!;
            if (!result.IsValid) return BlockExecutionResult.Failed($"transaction {i} is invalid: {result.Error}", counters);
            results[i] = result;
            diff.Merge(result.Changes);
            if (result.Changes.Accounts.ContainsKey(block.Coinbase)) lastCoinbaseWriter = i;
        }
        AddCoinbaseFees(block, diff, lastCoinbaseWriter);
        return new BlockExecutionResult(results, diff, counters);
    }

    static void AddCoinbaseFees(BlockContext block, StateDiff diff, int lastWriter)
    {
        var coinbase = block.Coinbase;
        var baseAccount = block.Request.BaseState.GetAccount(coinbase);
        var account = lastWriter >= 0 ? block.Results[lastWriter]!.Changes.Accounts[coinbase].Account : baseAccount;
        var fees = UInt256.Zero;
        for (int i = Math.Max(lastWriter, 0); i < block.Count; i++) fees += block.Fees[i]!.Value;
        if (!fees.IsZero)
        {
            var a = account ?? Account.Empty;
            account = a with { Balance = a.Balance + fees };
        }
        // Serial execution touches the coinbase in every transaction (EIP-161), so an empty one is gone at the end.
        if (block.Count > 0 && block.Request.Rules.ClearsEmptyAccounts && account is { IsEmpty: true }) account = null;

        if (diff.Accounts.TryGetValue(coinbase, out var change))
        {
            change.Account = account;
            if (account is null) { change.StorageCleared = true; change.Storage.Clear(); change.Code = null; }
        }
        else if (account != baseAccount)
            diff.Accounts[coinbase] = new AccountChange { Account = account, StorageCleared = account is null };
    }
}
