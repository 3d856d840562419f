using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// Proof-of-work rewards (yellow paper §11.3): the block reward R — 5 ETH, 3 ETH from Byzantium (EIP-649),
/// 2 ETH from Constantinople (EIP-1234), none from Paris (EIP-3675) — to the coinbase plus R/32 per uncle, and
/// (8 + uncle number − block number)·R/8 to each uncle's coinbase.
/// </summary>
public static class BlockRewards
{
    static readonly UInt256 Ether = new(1_000_000_000_000_000_000UL);

    public static UInt256 BlockReward(SpecId spec) =>
        spec >= SpecId.Paris ? UInt256.Zero
        : spec >= SpecId.Constantinople ? Ether * 2UL
        : spec >= SpecId.Byzantium ? Ether * 3UL
        : Ether * 5UL;

    /// <summary>The reward of an uncle at <paramref name="uncleNumber"/> included in block <paramref name="blockNumber"/>.</summary>
    public static UInt256 UncleReward(UInt256 blockReward, ulong uncleNumber, ulong blockNumber) =>
        blockReward * (8UL + uncleNumber - blockNumber) / 8UL;

    /// <summary>Pays the rewards; returns a note when uncles are known by hash only (their miners cannot be paid).</summary>
    public static string? Apply(Block block, SpecId spec, InMemoryDb state, StateDiff diff)
    {
        var reward = BlockReward(spec);
        if (reward.IsZero) return null;
        var coinbaseReward = reward + reward / 32UL * (ulong)block.UncleCount;
        BalanceCredit.Apply(state, diff, block.Header.Coinbase, coinbaseReward, deleteIfEmpty: false);
        foreach (var uncle in block.Uncles)
            BalanceCredit.Apply(state, diff, uncle.Coinbase, UncleReward(reward, uncle.Number, block.Number), deleteIfEmpty: false);
        return block.Uncles.Count == 0 && block.UncleHashes.Count > 0
            ? $"{block.UncleHashes.Count} uncle(s) known by hash only: their miners' rewards are not paid (state root not comparable)"
            : null;
    }
}
