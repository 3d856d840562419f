namespace ParallelEvm.State.Json.Blocks;

/// <summary>One ethereum/tests BlockchainTests test: a genesis, blocks to import in order, and the expected head and state.</summary>
public sealed class BlockchainTestCase
{
    public required string File { get; init; }
    public required string Name { get; init; }
    /// <summary>The fork name (<c>network</c>), e.g. <c>Cancun</c>.</summary>
    public required string Network { get; init; }
    public required FixtureState Pre { get; init; }
    public required byte[] GenesisRlp { get; init; }
    /// <summary><c>genesisBlockHeader.hash</c>, when given.</summary>
    public Hash256? GenesisHash { get; init; }
    public required IReadOnlyList<BlockchainTestBlock> Blocks { get; init; }
    /// <summary>The expected post-state; null when the test gives only <see cref="PostStateHash"/>.</summary>
    public FixtureState? PostState { get; init; }
    public Hash256? PostStateHash { get; init; }
    public required Hash256 LastBlockHash { get; init; }

    /// <summary>The id used by runners and the known-failures list: <c>relative/path.json::testName</c>.</summary>
    public string Id => $"{File}::{Name}";
}

/// <summary>One entry of a test's <c>blocks</c>: the encoded block and, for blocks that must be rejected, why.</summary>
public sealed record BlockchainTestBlock(int Index, byte[] Rlp, string? ExpectException, string? ChainName);
