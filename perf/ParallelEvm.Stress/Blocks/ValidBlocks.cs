using ParallelEvm.Actors;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Stress.Blocks;

/// <summary>
/// Valid blocks from the workload generator, each with the serial executor's result computed once up front (so that
/// checking a result under load is a comparison, not a second execution).
/// </summary>
public static class ValidBlocks
{
    /// <summary>ERC-20 transfer blocks, one per seed: independent transactions, the steady diet of the harness.</summary>
    public static IReadOnlyList<BlockCase> Erc20(int blocks, int txsPerBlock, int firstSeed = 1) =>
        Enumerable.Range(firstSeed, blocks)
            .Select(seed => FromWorkload($"erc20 s{seed}", WorkloadGenerator.Create(WorkloadKind.Erc20, txsPerBlock, seed)))
            .ToList();

    /// <summary>
    /// ERC-20 blocks whose conflict rate goes from none to all (hot recipient or shared sender, see
    /// <see cref="WorkloadKind.Mixed"/>), and a fully dependent counter chain.
    /// </summary>
    public static IReadOnlyList<BlockCase> ConflictRates(int txsPerBlock, int seed = 1)
    {
        var cases = new[] { 0.0, 0.1, 0.5, 1.0 }
            .Select(rate => FromWorkload($"conflict {rate:0.0}", WorkloadGenerator.Create(WorkloadKind.Mixed, txsPerBlock, seed, rate)))
            .ToList();
        cases.Add(FromWorkload("chain", WorkloadGenerator.Create(WorkloadKind.Chain, txsPerBlock, seed)));
        return cases;
    }

    public static BlockCase FromWorkload(string name, Workload workload) =>
        WithSerialResult(name, new BlockExecutionRequest(workload.Rules, workload.Env, workload.Txs, workload.PreState));

    public static BlockCase WithSerialResult(string name, BlockExecutionRequest request) =>
        new(name, new DecodedPayload(request), new MatchesSerial(SerialBlockExecutor.Execute(request)));
}
