using ParallelEvm.State;

namespace ParallelEvm.State.Tests.MultiVersion;

/// <summary>Block-STM invariant 2 on the data structure itself: a read sees the highest lower writer, or ESTIMATE, or the base.</summary>
public class MvMemoryTests
{
    static readonly Address A = Address.FromNumber(0xA), B = Address.FromNumber(0xB);
    readonly MvWriterCursor _cursor = new();

    [Fact]
    public void Read_returns_the_highest_lower_writer_and_never_itself_or_a_higher_one()
    {
        var memory = new MvMemory(2);
        int slot = memory.GetOrAddLocation(MvKey.Storage(A, 1), _cursor);
        memory.Write(slot, 5, 0, MvValue.OfWord(50), _cursor);
        memory.Write(slot, 2, 0, MvValue.OfWord(20), _cursor);
        memory.Write(slot, 8, 3, MvValue.OfWord(80), _cursor);

        Assert.Equal(MvReadStatus.NotFound, memory.Read(slot, 2).Status);
        Assert.Equal(new MvVersion(2, 0), memory.Read(slot, 3).Version);
        Assert.Equal((UInt256)20, memory.Read(slot, 5).Value.Word);
        Assert.Equal((UInt256)50, memory.Read(slot, 8).Value.Word);
        var top = memory.Read(slot, 100);
        Assert.Equal((new MvVersion(8, 3), (UInt256)80), (top.Version, top.Value.Word));
    }

    [Fact]
    public void Footprint_counts_the_table_and_grows_with_the_chunks_writes_need()
    {
        var memory = new MvMemory(1, expectedLocations: 1024);
        long empty = memory.FootprintBytes;
        Assert.True(empty >= 4096 * sizeof(int), $"the location table alone is 16 KiB, footprint {empty}");
        var cursor = new MvWriterCursor();
        for (int i = 0; i < 1500; i++)
        {
            int location = memory.GetOrAddLocation(MvKey.Storage(A, (UInt256)(ulong)i), cursor);
            memory.Write(location, i, 0, MvValue.OfWord(1), cursor);
        }
        Assert.True(memory.FootprintBytes > empty, "locations and versions were written, so chunks were allocated");
        Assert.True(memory.NumbersClaimed.Locations >= 1500 && memory.NumbersClaimed.Versions >= 1500);
    }

    [Fact]
    public void Accounts_round_trip_including_their_absence()
    {
        var memory = new MvMemory(1);
        int location = memory.GetOrAddLocation(MvKey.Account(A), _cursor);
        var account = new Account(7, (UInt256)123456789, Hash256.Parse("0x" + new string('a', 64)));
        memory.Write(location, 0, 0, MvValue.OfAccount(account), _cursor);
        memory.Write(location, 1, 0, MvValue.OfAccount(null), _cursor);
        Assert.Equal(account, memory.Read(location, 1).Value.Account);
        var deleted = memory.Read(location, 2);
        Assert.Equal(MvReadStatus.Found, deleted.Status);
        Assert.Null(deleted.Value.Account);
    }

    [Fact]
    public void An_estimate_is_reported_as_such_and_a_rewrite_clears_it()
    {
        var memory = new MvMemory(1);
        int slot = memory.GetOrAddLocation(MvKey.Storage(A, 1), _cursor);
        memory.Write(slot, 3, 0, MvValue.OfWord(1), _cursor);
        memory.MarkEstimate(slot, 3);
        var read = memory.Read(slot, 4);
        Assert.Equal((MvReadStatus.Estimate, 3), (read.Status, read.Version.TxIndex));
        Assert.False(memory.Write(slot, 3, 1, MvValue.OfWord(2), _cursor)); // the node existed: not a new location for tx 3
        Assert.Equal((MvReadStatus.Found, new MvVersion(3, 1)), (memory.Read(slot, 4).Status, memory.Read(slot, 4).Version));
    }

    [Fact]
    public void A_removed_write_is_skipped_and_writing_again_counts_as_new()
    {
        var memory = new MvMemory(1);
        int slot = memory.GetOrAddLocation(MvKey.Storage(A, 1), _cursor);
        memory.Write(slot, 1, 0, MvValue.OfWord(10), _cursor);
        Assert.True(memory.Write(slot, 4, 0, MvValue.OfWord(40), _cursor));
        memory.Remove(slot, 4);
        Assert.Equal(new MvVersion(1, 0), memory.Read(slot, 9).Version);
        Assert.True(memory.Write(slot, 4, 1, MvValue.OfWord(41), _cursor));
    }

    [Fact]
    public void Locations_are_numbered_once_per_key_and_kinds_do_not_collide()
    {
        var memory = new MvMemory(4);
        int account = memory.GetOrAddLocation(MvKey.Account(A), _cursor);
        int reset = memory.GetOrAddLocation(MvKey.StorageReset(A), _cursor);
        int slot0 = memory.GetOrAddLocation(MvKey.Storage(A, 0), _cursor);
        int other = memory.GetOrAddLocation(MvKey.Storage(B, 0), _cursor);
        Assert.Equal(4, new[] { account, reset, slot0, other }.Distinct().Count());
        Assert.Equal(slot0, memory.GetOrAddLocation(MvKey.Storage(A, 0), new MvWriterCursor()));
        Assert.Equal(slot0, memory.FindLocation(MvKey.Storage(A, 0)));
        Assert.Equal(0, memory.FindLocation(MvKey.Storage(A, 1)));
        Assert.Equal(MvKey.StorageReset(A), memory.KeyOf(reset));
    }

    [Fact]
    public void A_full_table_says_so_instead_of_looping()
    {
        var memory = new MvMemory(1, expectedLocations: 16); // the table has its minimum size, 4096 slots
        var error = Assert.Throws<MvMemoryFullException>(() =>
        {
            for (int i = 0; i < 10_000; i++) memory.GetOrAddLocation(MvKey.Storage(A, (UInt256)i), _cursor);
        });
        Assert.Contains("serially", error.Message);
    }

    [Fact]
    public void Concurrent_inserts_of_overlapping_keys_agree_on_one_number_per_key()
    {
        var memory = new MvMemory(2, expectedLocations: 20_000);
        const int Keys = 4_999, Threads = 4; // prime, so each thread's stride visits every key
        var seen = new int[Threads][];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            var cursor = new MvWriterCursor();
            var ids = seen[t] = new int[Keys];
            // Each thread walks the keys in its own order so that inserts race on the same slots.
            for (int k = 0; k < Keys; k++)
            {
                int key = (k * (2 * t + 1) + t * 997) % Keys;
                ids[key] = memory.GetOrAddLocation(MvKey.Storage(B, (UInt256)key), cursor);
            }
        });
        for (int k = 0; k < Keys; k++)
            for (int t = 1; t < Threads; t++) Assert.Equal(seen[0][k], seen[t][k]);
        Assert.Equal(Keys, seen[0].Distinct().Count());
    }

    [Fact]
    public async Task Concurrent_writers_and_readers_never_see_a_torn_or_misordered_version()
    {
        var memory = new MvMemory(2);
        int slot = memory.GetOrAddLocation(MvKey.Storage(A, 9), _cursor);
        const int Writers = 3, Txs = 3_000;
        int failures = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var read = memory.Read(slot, Txs / 2);
                // Every write stores the value tx*1_000_003 + incarnation in all four limbs' worth of bits.
                if (read.Status == MvReadStatus.Found
                    && (read.Version.TxIndex >= Txs / 2 || read.Value.Word != Expected(read.Version.TxIndex, read.Version.Incarnation)))
                    Interlocked.Increment(ref failures);
            }
        });
        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, w =>
        {
            var cursor = new MvWriterCursor();
            for (int tx = w; tx < Txs; tx += Writers)
                for (int incarnation = 0; incarnation < 3; incarnation++)
                    memory.Write(slot, tx, incarnation, MvValue.OfWord(Expected(tx, incarnation)), cursor);
        });
        stop.Cancel();
        await reader;
        Assert.Equal(0, failures);
        for (int tx = 1; tx <= Txs; tx++)
            Assert.Equal(new MvVersion(tx - 1, 2), memory.Read(slot, tx).Version);
    }

    static UInt256 Expected(int tx, int incarnation)
    {
        ulong v = (ulong)tx * 1_000_003 + (ulong)incarnation;
        return new UInt256(v, ~v, v * 31, ~v * 17);
    }

    [Fact]
    public void Read_sets_split_into_shards_that_cover_every_read_once()
    {
        var reads = Enumerable.Range(1, 37).Select(i => new ReadRecord(i * 7, new MvVersion(i, 0))).ToArray();
        var set = ReadSet.Build(2, reads, shardCount: 3);
        var all = new List<ReadRecord>();
        for (int s = 0; s < 3; s++)
        {
            foreach (var read in set.Shard(s).ToArray()) Assert.Equal(s, read.Location % 3);
            all.AddRange(set.Shard(s).ToArray());
        }
        Assert.Equal(reads.OrderBy(r => r.Location), all.OrderBy(r => r.Location));
        Assert.Equal(2, set.Incarnation);
    }

    [Fact]
    public void Read_set_shards_may_be_empty_and_keep_the_coinbase_value_seen()
    {
        // Locations 3, 6, 9: all in shard 0 of 3; shards 1 and 2 are empty slices.
        var reads = new[] { new ReadRecord(9, MvVersion.Base), new ReadRecord(3, MvVersion.Base), new ReadRecord(6, MvVersion.Base) };
        var coinbase = new Account(1, 42, Account.EmptyCodeHash);
        var set = ReadSet.Build(0, reads, shardCount: 3, coinbase);
        Assert.Equal(3, set.Shard(0).Length);
        Assert.Equal(0, set.Shard(1).Length);
        Assert.Equal(0, set.Shard(2).Length);
        Assert.Equal(coinbase, set.CoinbaseValue);
        Assert.Null(ReadSet.Build(0, reads, shardCount: 1).CoinbaseValue);
        Assert.Equal(3, ReadSet.Build(0, reads, shardCount: 1).Shard(0).Length);
        Assert.Equal(0, ReadSet.Build(0, [], shardCount: 4).Shard(3).Length);
    }
}
