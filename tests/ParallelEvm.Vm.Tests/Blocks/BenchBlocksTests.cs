using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.Blocks;
using Xunit.Abstractions;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>
/// The 10,000-transaction benchmark blocks in <c>BENCH_BLOCKS_DIR</c> (full pre-state): gas used, logs bloom, receipts
/// root and state root must all equal the values two independent EVMs produced. (The 1-gigagas files are left to
/// <c>pevm blocks</c> to keep the suite fast.)
/// </summary>
public sealed class BenchBlocksTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (BlockDataDirs.Bench is not { } dir || !Directory.Exists(dir))
        {
            data.Add("(BENCH_BLOCKS_DIR not set)"); // never run: the theory is skipped
            return data;
        }
        foreach (var path in BlockFileLoader.FindFiles(dir).Where(p => Path.GetFileName(p).Contains("-10000.", StringComparison.Ordinal)))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [BenchBlocksTheory]
    [MemberData(nameof(Files))]
    public void Block_matches_all_four_expected_values(string name)
    {
        var outcome = new BlockFileRunner().Run(Path.Combine(BlockDataDirs.Bench!, name), SerialTransactionsExecutor.Instance);
        output.WriteLine($"{outcome.File}: {outcome.Transactions} txs, {outcome.GasUsed} gas, {outcome.ElapsedMs:F0} ms, checked {string.Join(", ", outcome.Checked)}");
        Assert.True(outcome.Ok, outcome.Error);
        Assert.Equal(10_000, outcome.Transactions);
        Assert.Equal(["gasUsed", "logsBloom", "receiptsRoot", "stateRoot"], outcome.Checked);
    }
}
