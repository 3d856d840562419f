using ParallelEvm.Actors;
using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.Actors.Cluster;

namespace ParallelEvm.Stress.Scenarios;

/// <summary>
/// "Same result as serial" at the level a target returns. In process every transaction's write set comes back and is
/// compared too (<see cref="BlockComparison"/>); a cluster node keeps those and returns the receipts and the block
/// diff, which is what a caller applies, so those are compared.
/// </summary>
public static class ResultComparison
{
    public static string? FirstDifference(BlockExecutionResult expected, BlockExecutionResult actual, bool transactionDiffs) =>
        transactionDiffs
            ? BlockComparison.FirstDifference(expected, actual)
            : ClusterResultComparison.FirstDifference(expected, actual);
}
