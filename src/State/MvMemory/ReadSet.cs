namespace ParallelEvm.State;

/// <summary>
/// A transaction incarnation's reads, ordered by MVMemory shard so that each shard actor validates its own slice.
/// Immutable once built: a new incarnation replaces the whole read set, so validators always see a consistent one.
/// One array per incarnation: a shard's slice is found by binary search (the reads are grouped by shard in shard
/// order), and the coinbase value is boxed only for the few transactions that read the coinbase.
/// </summary>
public sealed class ReadSet
{
    readonly ReadRecord[] _reads;
    readonly int _shardCount;
    readonly object? _coinbaseValue;

    ReadSet(int incarnation, ReadRecord[] reads, int shardCount, Account? coinbaseValue)
    {
        Incarnation = incarnation;
        _reads = reads;
        _shardCount = shardCount;
        _coinbaseValue = coinbaseValue;
    }

    public int Incarnation { get; }

    /// <summary>The coinbase account as the incarnation saw it, for the read validated by value.</summary>
    public Account? CoinbaseValue => _coinbaseValue is Account account ? account : null;

    public int Count => _reads.Length;

    public ReadOnlySpan<ReadRecord> Shard(int shard)
    {
        if (_shardCount == 1) return _reads;
        int start = FirstOfShardAtLeast(shard);
        return _reads.AsSpan(start, FirstOfShardAtLeast(shard + 1) - start);
    }

    int FirstOfShardAtLeast(int shard)
    {
        int low = 0, high = _reads.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_reads[middle].Location % _shardCount < shard) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>Builds a read set from reads in any order (a counting sort by shard: one array, no per-read work beyond a copy).</summary>
    public static ReadSet Build(int incarnation, ReadOnlySpan<ReadRecord> reads, int shardCount, Account? coinbaseValue = null)
    {
        if (shardCount < 1) throw new ArgumentOutOfRangeException(nameof(shardCount), "at least one shard");
        if (shardCount == 1) return new ReadSet(incarnation, reads.ToArray(), 1, coinbaseValue);
        Span<int> next = shardCount <= 64 ? stackalloc int[shardCount + 1] : new int[shardCount + 1];
        next.Clear();
        foreach (ref readonly var read in reads) next[read.Location % shardCount + 1]++;
        for (int s = 1; s <= shardCount; s++) next[s] += next[s - 1];
        var sorted = new ReadRecord[reads.Length];
        foreach (ref readonly var read in reads) sorted[next[read.Location % shardCount]++] = read;
        return new ReadSet(incarnation, sorted, shardCount, coinbaseValue);
    }
}
