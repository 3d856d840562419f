using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// Checks a header against its parent before execution (yellow paper §4.3.4 and the forks' additions): number,
/// timestamp, gas limit bounds (±1/1024, at least 5000; doubled parent limit at the London fork block, EIP-1559),
/// gas used ≤ limit, extra data ≤ 32 bytes, EIP-1559 base fee, EIP-4844 excess blob gas, the fields each fork adds,
/// and Paris's zero difficulty and nonce (EIP-3675). Proof-of-work difficulty and seal are not checked.
/// </summary>
public static class HeaderValidator
{
    public const ulong GasLimitBoundDivisor = 1024;
    public const ulong MinGasLimit = 5000;
    public const int MaxExtraDataSize = 32;

    /// <summary>The first rule the header breaks, or null when it is valid.</summary>
    public static string? Validate(BlockHeader header, BlockHeader parent, SpecId spec, SpecId parentSpec)
    {
        var rules = ForkRules.For(spec);
        if (header.Number != parent.Number + 1) return $"number {header.Number} is not parent number {parent.Number} + 1";
        if (header.Timestamp <= parent.Timestamp) return $"timestamp {header.Timestamp} is not after the parent's {parent.Timestamp}";
        if (header.ExtraData.Length > MaxExtraDataSize) return $"extraData has {header.ExtraData.Length} bytes, more than {MaxExtraDataSize}";
        if (header.GasLimit > long.MaxValue) return $"gasLimit {header.GasLimit} exceeds 2^63-1";
        if (header.GasUsed > header.GasLimit) return $"gasUsed {header.GasUsed} exceeds gasLimit {header.GasLimit}";

        bool londonForkBlock = rules.HasBaseFee && parentSpec < SpecId.London;
        ulong parentLimit = londonForkBlock ? parent.GasLimit * BaseFee.ElasticityMultiplier : parent.GasLimit;
        ulong bound = parentLimit / GasLimitBoundDivisor;
        if (header.GasLimit >= parentLimit + bound || header.GasLimit <= parentLimit - bound || header.GasLimit < MinGasLimit)
            return $"gasLimit {header.GasLimit} is outside the bounds set by the parent's {parentLimit} (±{bound}, at least {MinGasLimit})";

        if (FieldPresenceError(header, rules) is { } presence) return presence;

        if (rules.HasBaseFee)
        {
            var expected = BaseFee.Expected(parent, parentIsLondon: !londonForkBlock);
            if (header.BaseFeePerGas != expected) return $"baseFeePerGas {header.BaseFeePerGas} is not the expected {expected} (EIP-1559)";
        }
        if (rules.HasBlobs)
        {
            ulong expected = ExcessBlobGas.Expected(parent, rules);
            if (header.ExcessBlobGas != expected) return $"excessBlobGas {header.ExcessBlobGas} is not the expected {expected} (EIP-4844)";
        }
        if (rules.IsMerged)
        {
            if (!header.Difficulty.IsZero) return $"difficulty {header.Difficulty} is not 0 after the Merge (EIP-3675)";
            if (header.Nonce != 0) return $"nonce 0x{header.Nonce:x16} is not 0 after the Merge (EIP-3675)";
            if (header.UnclesHash != BlockHeader.EmptyUnclesHash) return "uncles hash is not the empty list's after the Merge (EIP-3675)";
        }
        return null;
    }

    /// <summary>Each fork's header fields must be present from that fork on, and absent before it.</summary>
    static string? FieldPresenceError(BlockHeader h, ForkRules rules) =>
        Presence(h.BaseFeePerGas is not null, rules.HasBaseFee, "baseFeePerGas", "London")
        ?? Presence(h.WithdrawalsRoot is not null, rules.HasWithdrawals, "withdrawalsRoot", "Shanghai")
        ?? Presence(h.BlobGasUsed is not null, rules.HasBlobs, "blobGasUsed", "Cancun")
        ?? Presence(h.ExcessBlobGas is not null, rules.HasBlobs, "excessBlobGas", "Cancun")
        ?? Presence(h.ParentBeaconBlockRoot is not null, rules.HasBeaconRoot, "parentBeaconBlockRoot", "Cancun")
        ?? Presence(h.RequestsHash is not null, rules.Spec >= SpecId.Prague, "requestsHash", "Prague");

    static string? Presence(bool present, bool required, string field, string fork) =>
        present == required ? null : required ? $"header has no {field} (required from {fork})" : $"header has {field} before {fork}";

    /// <summary>
    /// The body must match the header's commitments: transactions root, uncles hash, withdrawals root (EIP-4895).
    /// </summary>
    public static string? ValidateBody(Block block)
    {
        var header = block.Header;
        var txRoot = BlockRlp.ComputeTransactionsRoot(block.Transactions);
        if (txRoot != header.TransactionsRoot) return $"transactions root {txRoot} does not match the header's {header.TransactionsRoot}";
        var unclesHash = BlockRlp.ComputeUnclesHash(block.Uncles);
        if (unclesHash != header.UnclesHash) return $"uncles hash {unclesHash} does not match the header's {header.UnclesHash}";
        if (block.Withdrawals is { } withdrawals)
        {
            var root = WithdrawalRlp.ComputeRoot(withdrawals);
            if (root != header.WithdrawalsRoot) return $"withdrawals root {root} does not match the header's {header.WithdrawalsRoot}";
        }
        else if (header.WithdrawalsRoot is not null) return "header has a withdrawals root but the block has no withdrawals list";
        return null;
    }

    /// <summary>What execution produced must match what the header states: gas used, blob gas used, bloom, receipts root, state root.</summary>
    public static string? ValidateResult(BlockResult result, BlockHeader header)
    {
        if ((ulong)result.GasUsed != header.GasUsed) return $"gasUsed {result.GasUsed} != header {header.GasUsed}";
        if (header.BlobGasUsed is { } blobGas && result.BlobGasUsed != blobGas) return $"blobGasUsed {result.BlobGasUsed} != header {blobGas}";
        if (!result.LogsBloom.AsSpan().SequenceEqual(header.LogsBloom)) return "logsBloom differs from the header's";
        if (result.ReceiptsRoot is { } receipts && receipts != header.ReceiptsRoot) return $"receiptsRoot {receipts} != header {header.ReceiptsRoot}";
        if (result.StateRoot is { } state && state != header.StateRoot) return $"stateRoot {state} != header {header.StateRoot}";
        return null;
    }
}
