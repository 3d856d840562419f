using ParallelEvm.State;
using ParallelEvm.Vm.Blocks;
using ParallelEvm.Vm.Signing;

namespace ParallelEvm.Vm.BlockTests;

/// <summary>
/// Imports one encoded block onto a <see cref="ChainStore"/> the way a client does: decode, find the parent, check the
/// header against it, recover senders, execute on a copy of the parent's state, check the body against the header's
/// commitments (transactions root, uncles hash, withdrawals root) and compare gas used, bloom, receipts root and state
/// root with the header. Any failure rejects the block. (Executing before the body-root check is as valid as the other
/// order and lets the fixtures' invalid transactions, whose blocks also carry a stale transactions root, reach validation.)
/// </summary>
sealed class BlockImporter(ChainStore chain, SpecId spec, ulong chainId, ITransactionsExecutor executor)
{
    /// <summary>The imported block, or null with the reason it was rejected.</summary>
    public ChainStore.Entry? Import(byte[] rlp, out string? rejection)
    {
        rejection = null;
        BlockRlp.Decoded decoded;
        try { decoded = BlockRlp.Decode(rlp); }
        catch (RlpException ex) { rejection = $"undecodable block: {ex.Message}"; return null; }

        var header = decoded.Header;
        // EIP-7934: from Osaka the RLP-encoded block may not exceed MAX_RLP_BLOCK_SIZE.
        if (rlp.Length > ForkRules.For(spec).MaxRlpBlockSize)
        {
            rejection = $"block RLP is {rlp.Length} bytes, over the {ForkRules.For(spec).MaxRlpBlockSize}-byte limit (EIP-7934)";
            return null;
        }
        if (chain.Get(header.ParentHash) is not { } parent) { rejection = $"unknown parent {header.ParentHash}"; return null; }
        if (HeaderValidator.Validate(header, parent.Header, spec, parent.Spec) is { } headerError) { rejection = $"invalid header: {headerError}"; return null; }

        var rules = ForkRules.For(spec);
        var transactions = new Transaction[decoded.Transactions.Count];
        for (int i = 0; i < transactions.Length; i++)
        {
            var tx = decoded.Transactions[i];
            if (SenderRecovery.Recover(tx, rules, chainId, out var signatureError) is not { } sender)
            {
                rejection = $"transaction {i}: invalid signature: {signatureError}";
                return null;
            }
            transactions[i] = tx.WithSender(sender);
        }
        var block = new Block
        {
            Header = header,
            Transactions = transactions,
            Uncles = decoded.Uncles,
            Withdrawals = decoded.Withdrawals,
        };
        var state = InMemoryDbCopy.Clone(parent.State);
        var result = BlockProcessor.Process(block, state, executor, new BlockProcessingOptions
        {
            Spec = spec,
            ChainId = chainId,
            BlockHash = chain.AncestorHashes(parent),
            ComputeStateRoot = true,
            ComputeIntermediateStateRoots = true,
        });
        if (!result.Succeeded) { rejection = $"execution: {result.Error}"; return null; }
        if (HeaderValidator.ValidateBody(block) is { } bodyError) { rejection = $"invalid body: {bodyError}"; return null; }
        if (HeaderValidator.ValidateResult(result, header) is { } resultError) { rejection = $"result: {resultError}"; return null; }

        var entry = new ChainStore.Entry(header, decoded.Hash, state, spec);
        chain.Add(entry);
        return entry;
    }
}
