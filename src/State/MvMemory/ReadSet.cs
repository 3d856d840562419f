namespace ParallelEvm.State;

/// <summary>A transaction incarnation's reads, already split by MVMemory shard so that each shard validates its own slice.</summary>
public sealed class ReadSet
{
    readonly ReadRecord[][] _byShard;

    public ReadSet(int incarnation, ReadRecord[][] byShard, Account? coinbaseValue = null)
    {
        Incarnation = incarnation;
        _byShard = byShard;
        CoinbaseValue = coinbaseValue;
    }

    public int Incarnation { get; }

    /// <summary>The coinbase account as the incarnation saw it, for the read validated by value.</summary>
    public Account? CoinbaseValue { get; }

    public ReadOnlySpan<ReadRecord> Shard(int shard) => _byShard[shard];

    /// <summary>Builds a read set from reads in any order.</summary>
    public static ReadSet Build(int incarnation, IReadOnlyList<ReadRecord> reads, int shardCount, Account? coinbaseValue = null)
    {
        if (shardCount == 1) return new ReadSet(incarnation, [reads.ToArray()], coinbaseValue);
        Span<int> counts = stackalloc int[shardCount];
        Span<int> shards = reads.Count <= 256 ? stackalloc int[reads.Count] : new int[reads.Count];
        for (int i = 0; i < reads.Count; i++) counts[shards[i] = reads[i].Key.ShardOf(shardCount)]++;
        var byShard = new ReadRecord[shardCount][];
        for (int s = 0; s < shardCount; s++) byShard[s] = counts[s] == 0 ? [] : new ReadRecord[counts[s]];
        counts.Clear();
        for (int i = 0; i < reads.Count; i++) byShard[shards[i]][counts[shards[i]]++] = reads[i];
        return new ReadSet(incarnation, byShard, coinbaseValue);
    }
}
