using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// Processes one block on a state (yellow paper §11, with each fork's additions): EIP-4788 beacon-root system call,
/// the transactions through an <see cref="ITransactionsExecutor"/>, EIP-4895 withdrawals, proof-of-work rewards before
/// Paris; then receipts (EIP-658 status or pre-Byzantium state roots, EIP-2718 typed encoding), logs bloom,
/// receipts root, gas used, the block's state diff and, when asked, the state root.
/// On error the block is invalid and <paramref name="state"/> is left part-way: process on a copy when that matters.
/// Header checks against the parent are separate (<see cref="HeaderValidator"/>).
/// </summary>
public static class BlockProcessor
{
    public static BlockResult Process(Block block, InMemoryDb state, ITransactionsExecutor executor, BlockProcessingOptions options)
    {
        var spec = options.Spec;
        var rules = ForkRules.For(spec);
        var header = block.Header;
        if (BlockEnvFactory.From(header, rules, options, out var envError) is not { } env) return BlockResult.Failed(spec, envError!);
        if (BodyShapeError(block, rules) is { } shapeError) return BlockResult.Failed(spec, shapeError);
        if (BlobGasError(block, rules, out ulong blobGasUsed) is { } blobError) return BlockResult.Failed(spec, blobError);

        var changes = new StateDiff();
        var notes = new List<string>();
        if (spec >= SpecId.Prague)
            notes.Add("Prague block-level processing is not implemented: no EIP-2935 history or EIP-7002/7251 system calls, no EIP-7685 requests");

        // EIP-4788: before any transaction, the beacon-roots contract records the parent beacon block root.
        if (rules.HasBeaconRoot && SystemCall.ProcessBeaconRoot(rules, header.ParentBeaconBlockRoot!.Value, env, state) is { } system)
        {
            state.Apply(system.Changes);
            changes.Merge(system.Changes);
        }

        var replay = !rules.HasStatusReceipts && options.ComputeIntermediateStateRoots ? InMemoryDbCopy.Clone(state) : null;
        var outcome = executor.Execute(rules, env, block.Transactions, state);
        if (!outcome.Succeeded) return BlockResult.Failed(spec, outcome.Error!, outcome.FailedTransaction);
        if (outcome.Results.Count != block.Transactions.Count)
            return BlockResult.Failed(spec, $"executor returned {outcome.Results.Count} results for {block.Transactions.Count} transactions");

        var receipts = new Receipt[outcome.Results.Count];
        var bloom = new Bloom();
        long cumulative = 0;
        for (int i = 0; i < receipts.Length; i++)
        {
            var tx = block.Transactions[i];
            var result = outcome.Results[i];
            // Yellow paper §6.2 / EIP-1559: a transaction may only use the gas the block has left.
            long available = env.GasLimit - cumulative;
            if (tx.GasLimit > available)
                return BlockResult.Failed(spec, $"transaction {i} is invalid: gas limit {tx.GasLimit} exceeds the {available} gas left in the block", i);
            cumulative += result.GasUsed;
            changes.Merge(result.Changes);
            Hash256? postState = null;
            if (replay is not null)
            {
                replay.Apply(result.Changes);
                postState = replay.ComputeStateRoot();
            }
            var receiptBloom = Bloom.FromLogs(result.Logs);
            bloom.Or(receiptBloom);
            receipts[i] = new Receipt
            {
                Type = tx.Type,
                Success = rules.HasStatusReceipts ? result.Succeeded : null,
                PostState = postState,
                CumulativeGasUsed = cumulative,
                Bloom = receiptBloom,
                Logs = result.Logs,
            };
        }

        // EIP-4895: withdrawals credit balances after the last transaction (Gwei → wei); no gas, no touch of code.
        if (block.Withdrawals is { } withdrawals)
            foreach (var w in withdrawals)
                BalanceCredit.Apply(state, changes, w.Address, w.AmountWei, deleteIfEmpty: rules.ClearsEmptyAccounts);

        if (!rules.IsMerged && BlockRewards.Apply(block, spec, state, changes) is { } note) notes.Add(note);

        bool receiptsComplete = rules.HasStatusReceipts || replay is not null || receipts.Length == 0;
        return new BlockResult
        {
            Spec = spec,
            TransactionResults = outcome.Results,
            Receipts = receipts,
            GasUsed = cumulative,
            BlobGasUsed = blobGasUsed,
            LogsBloom = bloom,
            ReceiptsRoot = receiptsComplete ? ReceiptRlp.ComputeRoot(receipts) : null,
            StateRoot = options.ComputeStateRoot ? state.ComputeStateRoot() : null,
            Changes = changes,
            Notes = notes,
        };
    }

    /// <summary>Withdrawals exist exactly from Shanghai (EIP-4895); uncles end with the Merge (EIP-3675).</summary>
    static string? BodyShapeError(Block block, ForkRules rules)
    {
        if (rules.HasWithdrawals && block.Withdrawals is null) return $"block has no withdrawals list, required from Shanghai ({rules.Spec})";
        if (!rules.HasWithdrawals && block.Withdrawals is not null) return $"block has a withdrawals list before Shanghai ({rules.Spec})";
        if (rules.IsMerged && block.UncleCount > 0) return $"block has {block.UncleCount} uncle(s) after the Merge (EIP-3675)";
        return null;
    }

    /// <summary>EIP-4844: the block's blob gas is the sum over its transactions and at most the fork's maximum.</summary>
    static string? BlobGasError(Block block, ForkRules rules, out ulong blobGasUsed)
    {
        blobGasUsed = 0;
        foreach (var tx in block.Transactions) blobGasUsed += (ulong)tx.BlobVersionedHashes.Length * GasCosts.BlobGasPerBlob;
        if (!rules.HasBlobs) return null;
        ulong max = rules.BlobMax * GasCosts.BlobGasPerBlob;
        return blobGasUsed > max ? $"blob gas used {blobGasUsed} exceeds the block maximum {max} (EIP-4844)" : null;
    }
}
