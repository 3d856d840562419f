namespace ParallelEvm.Vm.BlockTests;

/// <summary>The verdict on one BlockchainTests test (id <c>path.json::name</c>).</summary>
public sealed record BlockTestOutcome(string Id, bool Passed, string? Message, int BlocksImported = 0, int BlocksRejected = 0)
{
    /// <summary>Each rejected block: its index, the exception the fixture expects (null if none) and our reason.</summary>
    public IReadOnlyList<(int Block, string? Expected, string Reason)> Rejections { get; init; } = [];

    public bool Failed => !Passed;
}
