using ParallelEvm.Actors;
using ParallelEvm.State;

namespace ParallelEvm.Stress.Blocks;

/// <summary>A block as a client hands it to a node: already decoded, a block file (JSON), or signed transactions as RLP.</summary>
public abstract record BlockPayload
{
    /// <summary>Bytes on the wire, for the reports' data-transfer column (decoded blocks count their transactions' calldata).</summary>
    public abstract long SizeBytes { get; }
}

public sealed record DecodedPayload(BlockExecutionRequest Request) : BlockPayload
{
    public override long SizeBytes => Request.Transactions.Sum(t => 100L + t.Data.Length);
}

/// <summary>A block file in the schema of shared/mainnet-blocks (spec, env, transactions, preState, expected).</summary>
public sealed record JsonPayload(byte[] Json, string FileName) : BlockPayload
{
    public override long SizeBytes => Json.Length;
}

/// <summary>Signed transactions in their EIP-2718 encodings, with the fork by name, the header fields and the pre-state witness.</summary>
public sealed record RlpPayload(string Fork, BlockEnv Env, IStateReader PreState, IReadOnlyList<byte[]> Transactions) : BlockPayload
{
    public override long SizeBytes => Transactions.Sum(t => (long)t.Length);
}
