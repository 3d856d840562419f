namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>
/// Where the block files are: <c>MAINNET_BLOCKS_DIR</c> (the 46 real mainnet blocks with their pre-state) and
/// <c>BENCH_BLOCKS_DIR</c> (the synthetic gzipped benchmark blocks with a full pre-state).
/// </summary>
static class BlockDataDirs
{
    public const string MainnetVariable = "MAINNET_BLOCKS_DIR";
    public const string BenchVariable = "BENCH_BLOCKS_DIR";

    public static string? Mainnet => Get(MainnetVariable);
    public static string? Bench => Get(BenchVariable);

    public static string SkipReason(string variable) =>
        $"{variable} is not set (point it at the block files, e.g. /work/shared/{(variable == MainnetVariable ? "mainnet-blocks" : "bench-blocks")})";

    static string? Get(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } dir ? dir : null;
}

/// <summary>A fact skipped (with the reason printed) when <c>MAINNET_BLOCKS_DIR</c> is not set.</summary>
public sealed class MainnetBlocksFactAttribute : FactAttribute
{
    public MainnetBlocksFactAttribute()
    {
        if (BlockDataDirs.Mainnet is null) Skip = BlockDataDirs.SkipReason(BlockDataDirs.MainnetVariable);
    }
}

/// <summary>A theory skipped (with the reason printed) when <c>MAINNET_BLOCKS_DIR</c> is not set.</summary>
public sealed class MainnetBlocksTheoryAttribute : TheoryAttribute
{
    public MainnetBlocksTheoryAttribute()
    {
        if (BlockDataDirs.Mainnet is null) Skip = BlockDataDirs.SkipReason(BlockDataDirs.MainnetVariable);
    }
}

/// <summary>A theory skipped (with the reason printed) when <c>BENCH_BLOCKS_DIR</c> is not set.</summary>
public sealed class BenchBlocksTheoryAttribute : TheoryAttribute
{
    public BenchBlocksTheoryAttribute()
    {
        if (BlockDataDirs.Bench is null) Skip = BlockDataDirs.SkipReason(BlockDataDirs.BenchVariable);
    }
}
