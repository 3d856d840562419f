using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// A synthetic block ready to execute: the block header, the fork rules (Cancun), the transactions in block order
/// (senders set, no signatures) and the state before the block, in which every sender is funded and every contract
/// is placed with its storage.
/// </summary>
public sealed record Workload(string Name, ForkRules Rules, BlockEnv Env, IReadOnlyList<Transaction> Txs, InMemoryDb PreState)
{
    /// <summary>The options the workload was generated from.</summary>
    public required WorkloadOptions Options { get; init; }

    /// <summary>Block indices of the transactions that must be rejected as invalid (see <see cref="WorkloadOptions.InvalidTxs"/>).</summary>
    public IReadOnlySet<int> InvalidTxIndices { get; init; } = new HashSet<int>();
}
