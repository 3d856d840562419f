using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>The EVM's view of a block (<see cref="BlockEnv"/>) from its header; fork-required header fields must be present.</summary>
public static class BlockEnvFactory
{
    /// <summary>The environment, or null with <paramref name="error"/> naming the missing or unusable header field.</summary>
    public static BlockEnv? From(BlockHeader header, ForkRules rules, BlockProcessingOptions options, out string? error)
    {
        error = null;
        if (header.GasLimit > long.MaxValue) { error = $"header gasLimit {header.GasLimit} exceeds 2^63-1"; return null; }
        if (rules.HasBaseFee && header.BaseFeePerGas is null) { error = $"header has no baseFeePerGas, required from London ({rules.Spec})"; return null; }
        if (rules.HasBlobs && header.ExcessBlobGas is null) { error = $"header has no excessBlobGas, required from Cancun ({rules.Spec})"; return null; }
        if (rules.HasBeaconRoot && header.ParentBeaconBlockRoot is null) { error = $"header has no parentBeaconBlockRoot, required from Cancun ({rules.Spec})"; return null; }
        return new BlockEnv
        {
            Number = header.Number,
            Coinbase = header.Coinbase,
            Timestamp = header.Timestamp,
            GasLimit = (long)header.GasLimit,
            BaseFee = rules.HasBaseFee ? header.BaseFeePerGas!.Value : UInt256.Zero,
            Difficulty = header.Difficulty,
            PrevRandao = header.MixHash,
            ExcessBlobGas = rules.HasBlobs ? header.ExcessBlobGas : null,
            ChainId = options.ChainId,
            ParentBeaconBlockRoot = header.ParentBeaconBlockRoot,
            BlockHash = options.BlockHash,
        };
    }
}
