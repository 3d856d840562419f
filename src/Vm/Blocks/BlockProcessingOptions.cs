using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>How to process one block: its fork, chain, BLOCKHASH source, and which roots to compute.</summary>
public sealed class BlockProcessingOptions
{
    /// <summary>The block's fork (e.g. from <see cref="ForkSchedule.Mainnet"/> or a fixture's network).</summary>
    public required SpecId Spec { get; init; }
    public ulong ChainId { get; init; } = 1;
    /// <summary>BLOCKHASH(n) for the 256 blocks before this one; null when unknown.</summary>
    public Func<ulong, Hash256?> BlockHash { get; init; } = _ => null;
    /// <summary>Compute the post-block state root (only meaningful when the state holds the full pre-state).</summary>
    public bool ComputeStateRoot { get; init; }
    /// <summary>
    /// Before Byzantium each receipt holds the state root after its transaction: compute them (needs the full
    /// pre-state; costs a state root per transaction). When false, such receipts have no root and the block no receipts root.
    /// </summary>
    public bool ComputeIntermediateStateRoots { get; init; }
}
