using System.Diagnostics;
using ParallelEvm.State;
using ParallelEvm.State.Json;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.Signing;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// Executes block files (<c>mainnet-blocks/</c>, <c>bench-blocks/</c>) and checks them against their <c>expected</c>
/// values: gas used and logs bloom always; the receipts root when it can be computed (from Byzantium, or earlier with a
/// full pre-state); the state root when the pre-state is full (the file says so, or <see cref="CheckStateRoot"/>).
/// A broken file or block gives a failed outcome naming the block, the transaction and the field; nothing throws.
/// </summary>
public sealed class BlockFileRunner
{
    /// <summary>Recover every sender from its signature and compare with <c>from</c> (senders without <c>from</c> are always recovered).</summary>
    public bool VerifySenders { get; init; }
    /// <summary>Check the state root even when the file does not say its pre-state is full.</summary>
    public bool CheckStateRoot { get; init; }

    public BlockFileOutcome Run(string path, ITransactionsExecutor executor)
    {
        BlockFile file;
        try { file = BlockFileLoader.Load(path); }
        catch (FixtureFormatException ex) { return new BlockFileOutcome { File = Path.GetFileName(path), Error = ex.Message }; }
        return Run(file, executor);
    }

    public BlockFileOutcome Run(BlockFile file, ITransactionsExecutor executor)
    {
        var failed = new BlockFileOutcome { File = file.Name, Number = file.Number, Transactions = file.Transactions.Count };
        string where = $"{file.Name}: block {file.Number}";
        if (!ForkSchedule.TryParse(file.Spec, out var spec))
            return failed with { Error = $"{where}: unknown spec '{file.Spec}'" };
        failed = failed with { Fork = spec };
        if (!IsSynthetic(file) && file.ChainId == 1 && ForkSchedule.Mainnet(file.Number, file.Header.Timestamp) is var scheduled && scheduled != spec)
            return failed with { Error = $"{where}: spec {file.Spec} disagrees with the mainnet schedule ({scheduled} at block {file.Number}, time {file.Header.Timestamp})" };

        var rules = ForkRules.For(spec);
        var transactions = new Transaction[file.Transactions.Count];
        foreach (var rpc in file.Transactions)
        {
            var tx = rpc.Transaction;
            if (rpc.From is null || VerifySenders)
            {
                var recovered = SenderRecovery.Recover(tx, rules, file.ChainId, out var signatureError);
                if (recovered is null)
                    return failed with { Error = $"{where}, transaction {rpc.Index}{HashText(rpc)}: field 'signature': {signatureError}" };
                if (rpc.From is { } from && from != recovered.Value)
                    return failed with { Error = $"{where}, transaction {rpc.Index}{HashText(rpc)}: field 'from' {from} is not the recovered sender {recovered.Value}" };
                if (rpc.From is null) tx = tx.WithSender(recovered.Value);
            }
            transactions[rpc.Index] = tx;
        }

        var block = new Block
        {
            Header = file.Header,
            Transactions = transactions,
            UncleHashes = file.UncleHashes,
            Withdrawals = file.Withdrawals,
        };
        var state = file.PreState.ToDb();
        bool fullState = file.FullPreState || CheckStateRoot;
        var missingHashes = new List<ulong>();
        var options = new BlockProcessingOptions
        {
            Spec = spec,
            ChainId = file.ChainId,
            BlockHash = n =>
            {
                if (file.BlockHashes.TryGetValue(n, out var h)) return h;
                lock (missingHashes) missingHashes.Add(n);
                return null;
            },
            ComputeStateRoot = fullState,
            ComputeIntermediateStateRoots = fullState,
        };

        var clock = Stopwatch.StartNew();
        var timed = new TimedExecutor(executor);
        BlockResult result;
        try { result = BlockProcessor.Process(block, state, timed, options); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return failed with { Error = $"{where}: processing threw {ex.GetType().Name}: {ex.Message}" };
        }
        clock.Stop();

        var notes = new List<string>(result.Notes);
        if (missingHashes.Count > 0) notes.Add($"BLOCKHASH asked for block(s) not in blockHashes: {string.Join(", ", missingHashes.Distinct().Order())}");
        var outcome = failed with { GasUsed = result.GasUsed, ElapsedMs = timed.Elapsed.TotalMilliseconds, TotalMs = clock.Elapsed.TotalMilliseconds, Notes = notes, Result = result };
        if (!result.Succeeded) return outcome with { Error = DescribeFailure(where, file, result) };

        var (difference, compared) = Compare(result, file.Expected, fullState);
        if (difference is not null && missingHashes.Count > 0) difference += $" ({notes[^1]})";
        return outcome with { Ok = difference is null, Error = difference is null ? null : $"{where}: {difference}", Checked = compared };
    }

    static bool IsSynthetic(BlockFile file) => file.Source?.StartsWith("synthetic", StringComparison.OrdinalIgnoreCase) == true;

    static string HashText(RpcTransaction rpc) => rpc.Hash is { } h ? $" ({h})" : "";

    static string DescribeFailure(string where, BlockFile file, BlockResult result)
    {
        if (result.FailedTransaction is not { } index || index >= file.Transactions.Count) return $"{where}: {result.Error}";
        var rpc = file.Transactions[index];
        var prefix = $"transaction {index} is invalid: ";
        var reason = result.Error!.StartsWith(prefix, StringComparison.Ordinal) ? "invalid: " + result.Error[prefix.Length..] : result.Error;
        var text = $"{where}, transaction {index}{HashText(rpc)}: {reason}";
        // A sender absent from a partial pre-state reads as a fresh, empty account: say so, it is the likely cause.
        var sender = rpc.From ?? rpc.Transaction.Sender;
        if (!file.PreState.Accounts.Any(a => a.Address == sender)) text += $" (sender {sender} is missing from preState)";
        return text;
    }

    /// <summary>The first mismatch with <c>expected</c> and the list of fields compared.</summary>
    static (string? Difference, IReadOnlyList<string> Compared) Compare(BlockResult result, ExpectedBlockResult expected, bool fullState)
    {
        var compared = new List<string> { "gasUsed" };
        if ((ulong)result.GasUsed != expected.GasUsed) return ($"gasUsed {result.GasUsed} != expected {expected.GasUsed}", compared);
        if (expected.LogsBloom is { } bloom)
        {
            compared.Add("logsBloom");
            if (result.LogsBloom != bloom) return ("logsBloom differs from expected", compared);
        }
        if (expected.ReceiptsRoot is { } receipts && result.ReceiptsRoot is { } actualReceipts)
        {
            compared.Add("receiptsRoot");
            if (actualReceipts != receipts) return ($"receiptsRoot {actualReceipts} != expected {receipts}", compared);
        }
        if (fullState && expected.StateRoot is { } stateRoot && result.StateRoot is { } actualState)
        {
            compared.Add("stateRoot");
            if (actualState != stateRoot) return ($"stateRoot {actualState} != expected {stateRoot}", compared);
        }
        return (null, compared);
    }
}
