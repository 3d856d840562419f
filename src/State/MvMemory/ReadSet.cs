namespace ParallelEvm.State;

/// <summary>
/// A transaction incarnation's reads, ordered by MVMemory shard so that each shard actor validates its own slice.
/// Immutable once built: a new incarnation replaces the whole read set, so validators always see a consistent one.
/// </summary>
public sealed class ReadSet
{
    readonly ReadRecord[] _reads;
    // _starts[s].._starts[s + 1] is shard s's slice; null when there is one shard.
    readonly int[]? _starts;

    ReadSet(int incarnation, ReadRecord[] reads, int[]? starts, Account? coinbaseValue)
    {
        Incarnation = incarnation;
        _reads = reads;
        _starts = starts;
        CoinbaseValue = coinbaseValue;
    }

    public int Incarnation { get; }

    /// <summary>The coinbase account as the incarnation saw it, for the read validated by value.</summary>
    public Account? CoinbaseValue { get; }

    public int Count => _reads.Length;

    public ReadOnlySpan<ReadRecord> Shard(int shard) =>
        _starts is null ? _reads : _reads.AsSpan(_starts[shard], _starts[shard + 1] - _starts[shard]);

    /// <summary>Builds a read set from reads in any order (a counting sort by shard: two arrays, no per-read work beyond a copy).</summary>
    public static ReadSet Build(int incarnation, ReadOnlySpan<ReadRecord> reads, int shardCount, Account? coinbaseValue = null)
    {
        if (shardCount == 1) return new ReadSet(incarnation, reads.ToArray(), null, coinbaseValue);
        var starts = new int[shardCount + 1];
        foreach (ref readonly var read in reads) starts[read.Location % shardCount + 1]++;
        for (int s = 1; s <= shardCount; s++) starts[s] += starts[s - 1];
        Span<int> next = shardCount <= 64 ? stackalloc int[shardCount] : new int[shardCount];
        starts.AsSpan(0, shardCount).CopyTo(next);
        var sorted = new ReadRecord[reads.Length];
        foreach (ref readonly var read in reads) sorted[next[read.Location % shardCount]++] = read;
        return new ReadSet(incarnation, sorted, starts, coinbaseValue);
    }
}
