namespace ParallelEvm.State.Json.Blocks;

/// <summary>
/// One block file of <c>mainnet-blocks/</c> or <c>bench-blocks/</c>: the block (header built from <c>env</c> and
/// <c>header</c>), its RPC transactions, withdrawals, the pre-state it reads, the BLOCKHASH values it asks for and
/// the expected results. See the README next to those files for the schema.
/// </summary>
public sealed class BlockFile
{
    public required string Path { get; init; }
    /// <summary>The file name, for messages.</summary>
    public required string Name { get; init; }
    public string? Source { get; init; }
    public ulong ChainId { get; init; } = 1;
    /// <summary>The hard-fork name as written (<c>FRONTIER</c> … <c>CANCUN</c>); the VM maps it to a fork.</summary>
    public required string Spec { get; init; }
    public required BlockHeader Header { get; init; }
    /// <summary>The block hash the header JSON states, when it does.</summary>
    public Hash256? StatedHash { get; init; }
    public required IReadOnlyList<RpcTransaction> Transactions { get; init; }
    public IReadOnlyList<Withdrawal>? Withdrawals { get; init; }
    public IReadOnlyList<Hash256> UncleHashes { get; init; } = [];
    public required FixtureState PreState { get; init; }
    public IReadOnlyDictionary<ulong, Hash256> BlockHashes { get; init; } = new Dictionary<ulong, Hash256>();
    public required ExpectedBlockResult Expected { get; init; }
    /// <summary>
    /// Whether <see cref="PreState"/> is the whole state (so the state root can be checked): the file's
    /// <c>fullPreState</c> flag when present, else true for synthetic files (<c>source</c> starting "synthetic"),
    /// whose generator writes every account; real-chain files carry only what the block reads.
    /// </summary>
    public bool FullPreState { get; init; }

    public ulong Number => Header.Number;
}
