namespace ParallelEvm.State.Json.Blocks;

/// <summary>The <c>expected</c> object of a block file: what executing the block must produce.</summary>
public sealed record ExpectedBlockResult(ulong GasUsed, Hash256? ReceiptsRoot, Bloom? LogsBloom, Hash256? StateRoot);
