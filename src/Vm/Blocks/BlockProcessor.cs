using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// Processes one block on a state (yellow paper §11, with each fork's additions): EIP-4788 beacon-root and EIP-2935
/// history system calls, the transactions through an <see cref="ITransactionsExecutor"/>, EIP-4895 withdrawals,
/// proof-of-work rewards before Paris, EIP-7685 requests (EIP-6110 deposits, EIP-7002/7251 system calls) checked
/// against the header's requests hash from Prague; then receipts (EIP-658 status or pre-Byzantium state roots, EIP-2718 typed encoding), logs bloom,
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

        // EIP-4788: before any transaction, the beacon-roots contract records the parent beacon block root.
        if (rules.HasBeaconRoot && SystemCall.ProcessBeaconRoot(rules, header.ParentBeaconBlockRoot!.Value, env, state) is { } system)
        {
            state.Apply(system.Changes);
            changes.Merge(system.Changes);
        }
        // EIP-2935: then the history contract records the parent hash.
        if (rules.HasHistoryContract && PragueSystemCalls.ProcessHistory(rules, header.ParentHash, env, state) is { } history)
        {
            state.Apply(history.Changes);
            changes.Merge(history.Changes);
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

        // EIP-7685 (Prague): after withdrawals, collect the requests and check the header's commitment to them.
        if (spec >= SpecId.Prague)
        {
            var requestsHash = ProcessRequests(rules, env, receipts, state, changes, out var requestsError);
            if (requestsHash is null) return BlockResult.Failed(spec, requestsError!);
            if (header.RequestsHash is { } expected && expected != requestsHash.Value)
                return BlockResult.Failed(spec, $"requests hash {requestsHash.Value} != header's {expected} (EIP-7685)");
        }

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

    /// <summary>
    /// EIP-7685: deposits from the receipts' logs (EIP-6110), then the EIP-7002 withdrawal and EIP-7251 consolidation
    /// queues' system calls (their writes applied); returns the requests hash, or null with the reason the block is invalid.
    /// </summary>
    static Hash256? ProcessRequests(ForkRules rules, BlockEnv env, Receipt[] receipts, InMemoryDb state, StateDiff changes, out string? error)
    {
        var deposits = DepositRequests.Collect(receipts.SelectMany(r => r.Logs), out error);
        if (deposits is null) return null;
        var requests = new List<(byte, byte[])> { (RequestsHash.DepositType, deposits) };
        foreach (var (type, queue) in new[] { (RequestsHash.WithdrawalType, PragueSystemCalls.WithdrawalRequests), (RequestsHash.ConsolidationType, PragueSystemCalls.ConsolidationRequests) })
        {
            if (PragueSystemCalls.DequeueRequests(rules, queue, env, state, out error) is not { } call) return null;
            state.Apply(call.Changes);
            changes.Merge(call.Changes);
            requests.Add((type, call.Output));
        }
        return RequestsHash.Compute(requests);
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
