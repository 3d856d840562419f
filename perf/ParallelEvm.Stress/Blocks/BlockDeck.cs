namespace ParallelEvm.Stress.Blocks;

/// <summary>Prepared cases handed out round-robin from any thread (the same input may be in flight several times: inputs are read-only).</summary>
public sealed class BlockDeck
{
    readonly BlockCase[] _cases;
    long _next = -1;

    public BlockDeck(IEnumerable<BlockCase> cases)
    {
        _cases = cases.ToArray();
        if (_cases.Length == 0) throw new ArgumentException("a deck needs at least one case", nameof(cases));
    }

    public IReadOnlyList<BlockCase> Cases => _cases;

    public BlockCase Next() => _cases[(int)(Interlocked.Increment(ref _next) % _cases.Length)];
}
