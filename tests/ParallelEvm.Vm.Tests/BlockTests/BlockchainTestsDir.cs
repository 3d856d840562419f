using ParallelEvm.Vm.Tests.StateTests;

namespace ParallelEvm.Vm.Tests.BlockTests;

/// <summary>
/// The BlockchainTests folder of the ethereum/tests checkout named by <c>ETHEREUM_TESTS_DIR</c> (the repository root,
/// its BlockchainTests folder, or — as the state tests accept — its GeneralStateTests folder, whose sibling is used).
/// </summary>
static class BlockchainTestsDir
{
    public static string? Path
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable(EthereumTestsDir.Variable);
            if (string.IsNullOrWhiteSpace(dir)) return null;
            dir = dir.TrimEnd('/', '\\');
            var nested = System.IO.Path.Combine(dir, "BlockchainTests");
            if (Directory.Exists(nested)) return nested;
            if (System.IO.Path.GetFileName(dir) == "GeneralStateTests")
                return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(dir)!, "BlockchainTests");
            return dir;
        }
    }

    public const string SkipReason = EthereumTestsDir.Variable + " is not set (point it at a checkout of ethereum/tests to run the BlockchainTests)";
}

/// <summary>A fact skipped, with the reason, when <c>ETHEREUM_TESTS_DIR</c> is not set.</summary>
public sealed class BlockchainTestsFactAttribute : FactAttribute
{
    public BlockchainTestsFactAttribute()
    {
        if (BlockchainTestsDir.Path is null) Skip = BlockchainTestsDir.SkipReason;
    }
}
