namespace ParallelEvm.State.Json.Blocks;

/// <summary>A loaded BlockchainTests fixture file: its tests, and the tests (or the file) that could not be read.</summary>
public sealed class BlockchainTestFile
{
    public required string Path { get; init; }
    public required string RelativePath { get; init; }
    public List<BlockchainTestCase> Tests { get; } = [];
    /// <summary>Test id (or <c>path::&lt;load&gt;</c> for the whole file) with what is wrong.</summary>
    public List<(string Id, FixtureFormatException Error)> Errors { get; } = [];
}
