using System.Collections.Concurrent;
using System.Numerics;
using System.Threading;

namespace ParallelEvm.State;

/// <summary>
/// Block-STM's multi-version memory: for every location, the values written by each transaction of the block.
/// Lock-free and allocation-free on the hot path: locations live in an open-addressing table claimed with one
/// compare-and-swap per new location, and each location's versions form a sorted list of struct nodes inserted with
/// one compare-and-swap and never unlinked (a transaction that stops writing leaves an absent tombstone). Readers
/// never lock; each node's single writer is guarded by a sequence counter so a reader never sees a torn value.
/// Locations are numbered from 1 in the order they first appear: read sets record those numbers, and validation
/// work splits into <see cref="ShardCount"/> shards by location number. New contract code is immutable and keyed by
/// hash, so it lives in one shared table without versions.
/// </summary>
public sealed class MvMemory
{
    readonly int[] _slots;
    readonly int _mask;
    readonly int _maxLocations;
    readonly ChunkedArray<MvLocationEntry> _locations;
    readonly ChunkedArray<MvVersionEntry> _versions;
    readonly ConcurrentDictionary<Hash256, byte[]> _newCode = new();
    // Shared counters, each on its own cache line (they are bumped by every executor; the fields above are read on every access).
    readonly PaddedCounter _locationCount = new();
    readonly PaddedCounter _versionCount = new();

    public MvMemory(int shardCount, int expectedLocations = 1024)
    {
        if (shardCount < 1) throw new ArgumentOutOfRangeException(nameof(shardCount), "at least one shard");
        ShardCount = shardCount;
        int capacity = CapacityFor(expectedLocations);
        _slots = new int[capacity];
        _mask = capacity - 1;
        _maxLocations = capacity * 3 / 4;
        _locations = new ChunkedArray<MvLocationEntry>(_maxLocations + 1);
        // Every location may get several writers; past this the block falls back to serial (see MvMemoryFullException).
        _versions = new ChunkedArray<MvVersionEntry>(Math.Min(int.MaxValue / 2, _maxLocations * 4));
    }

    public int ShardCount { get; private set; }

    // Linear probing stays short below half load; the table cannot grow while executors use it.
    static int CapacityFor(int expectedLocations) =>
        (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(expectedLocations * 2L, 1 << 12, 1 << 26));

    /// <summary>
    /// Empties this instance for another block when its table has the right size (not too small, not so large that
    /// clearing it would cost more than it saves). Reusing it keeps the chunks: fresh ones are zeroed, page-faulted
    /// memory, which cost a third of the engine's time when every block allocated its own.
    /// </summary>
    public bool TryReset(int shardCount, int expectedLocations)
    {
        int capacity = CapacityFor(expectedLocations);
        if (capacity > _slots.Length || capacity * 16L < _slots.Length) return false;
        if (shardCount < 1) throw new ArgumentOutOfRangeException(nameof(shardCount), "at least one shard");
        Array.Clear(_slots);
        _locationCount.Value = 0;
        _versionCount.Value = 0;
        _newCode.Clear();
        ShardCount = shardCount;
        return true;
    }



    /// <summary>
    /// Bytes this instance holds for its block: the location table and every chunk of locations and versions allocated
    /// (a pooled instance keeps chunks of earlier, larger blocks). Code deployed in the block is not counted.
    /// </summary>
    public long FootprintBytes => _slots.Length * (long)sizeof(int) + _locations.AllocatedBytes + _versions.AllocatedBytes;

    /// <summary>Location and version numbers handed out so far (executors take them in blocks of <see cref="MvWriterCursor.BlockSize"/>).</summary>
    public (int Locations, int Versions) NumbersClaimed => (Volatile.Read(ref _locationCount.Value), Volatile.Read(ref _versionCount.Value));

    public ref readonly MvKey KeyOf(int location) => ref _locations[location].Key;

    /// <summary>The location's number, adding it if it is new. Throws <see cref="MvMemoryFullException"/> when the table is full.</summary>
    public int GetOrAddLocation(in MvKey key, MvWriterCursor cursor)
    {
        int hash = key.Hash();
        int claimed = 0;
        for (int i = hash & _mask; ; i = (i + 1) & _mask)
        {
            int id = Volatile.Read(ref _slots[i]);
            if (id == 0)
            {
                if (claimed == 0)
                {
                    claimed = Claim(_locationCount, ref cursor.NextLocation, ref cursor.EndLocation, _maxLocations);
                    ref var entry = ref _locations.Claim(claimed);
                    entry.Key = key;
                    entry.Hash = hash;
                    entry.Head = 0;
                }
                // The key is written before the slot is published, so whoever sees the slot sees the key.
                id = Interlocked.CompareExchange(ref _slots[i], claimed, 0);
                if (id == 0) return claimed;
            }
            ref var existing = ref _locations[id];
            if (existing.Hash == hash && existing.Key == key)
            {
                // Lost a race for this key: the number claimed stays unused (its entry is unreachable).
                return id;
            }
        }
    }

    /// <summary>The location's number, or 0 when nobody read or wrote it in this block.</summary>
    public int FindLocation(in MvKey key)
    {
        int hash = key.Hash();
        for (int i = hash & _mask; ; i = (i + 1) & _mask)
        {
            int id = Volatile.Read(ref _slots[i]);
            if (id == 0) return 0;
            ref var entry = ref _locations[id];
            if (entry.Hash == hash && entry.Key == key) return id;
        }
    }

    public MvReadResult Read(in MvKey key, int txIndex)
    {
        int location = FindLocation(key);
        return location == 0 ? new MvReadResult(MvReadStatus.NotFound, MvVersion.Base, default) : Read(location, txIndex);
    }

    /// <summary>The write of the highest transaction below <paramref name="txIndex"/>.</summary>
    public MvReadResult Read(int location, int txIndex)
    {
        for (int v = Volatile.Read(ref _locations[location].Head); v != 0;)
        {
            ref var node = ref _versions[v];
            if (node.TxIndex < txIndex)
            {
                while (true)
                {
                    int before = Volatile.Read(ref node.Sequence);
                    if ((before & 1) != 0) { Thread.SpinWait(1); continue; }
                    var state = node.State;
                    int incarnation = node.Incarnation;
                    var value = node.HasAccount ? MvValue.OfAccount(new Account(node.Nonce, node.Word, node.CodeHash))
                        : MvValue.OfWord(node.Word);
                    if (Volatile.Read(ref node.Sequence) != before) continue;
                    if (state == MvEntryState.Absent) break;
                    var version = new MvVersion(node.TxIndex, incarnation);
                    return state == MvEntryState.Estimate
                        ? new MvReadResult(MvReadStatus.Estimate, version, default)
                        : new MvReadResult(MvReadStatus.Found, version, value);
                }
            }
            v = Volatile.Read(ref node.Next);
        }
        return new MvReadResult(MvReadStatus.NotFound, MvVersion.Base, default);
    }

    /// <summary>Records <paramref name="txIndex"/>'s write. Returns true when this transaction had no write here before.</summary>
    public bool Write(int location, int txIndex, int incarnation, in MvValue value, MvWriterCursor cursor)
    {
        ref var node = ref FindOrInsert(location, txIndex, cursor, out bool inserted);
        bool wasAbsent = inserted || node.State == MvEntryState.Absent;
        Interlocked.Increment(ref node.Sequence);
        node.Incarnation = incarnation;
        node.State = MvEntryState.Written;
        if (value.Account is { } account)
        {
            node.HasAccount = true;
            node.Nonce = account.Nonce;
            node.Word = account.Balance;
            node.CodeHash = account.CodeHash;
        }
        else
        {
            node.HasAccount = false;
            node.Word = value.Word;
        }
        Interlocked.Increment(ref node.Sequence);
        return wasAbsent;
    }

    /// <summary>Block-STM: the aborted transaction's write becomes an ESTIMATE, so readers wait instead of trusting it.</summary>
    public void MarkEstimate(int location, int txIndex)
    {
        int v = Find(location, txIndex);
        if (v != 0 && _versions[v].State == MvEntryState.Written) SetState(ref _versions[v], MvEntryState.Estimate);
    }

    /// <summary>The transaction's new incarnation no longer writes here.</summary>
    public void Remove(int location, int txIndex)
    {
        int v = Find(location, txIndex);
        if (v != 0 && _versions[v].State != MvEntryState.Absent) SetState(ref _versions[v], MvEntryState.Absent);
    }


    public void AddCode(Hash256 codeHash, byte[] code) => _newCode.TryAdd(codeHash, code);

    public bool TryGetCode(Hash256 codeHash, out byte[] code) => _newCode.TryGetValue(codeHash, out code!);

    /// <summary>Next number from the cursor's block, taking a new block of numbers (1-based) when it ran out.</summary>
    int Claim(PaddedCounter counter, ref int next, ref int end, int max)
    {
        if (next == end)
        {
            int blockEnd = Interlocked.Add(ref counter.Value, MvWriterCursor.BlockSize);
            next = blockEnd - MvWriterCursor.BlockSize + 1;
            end = blockEnd + 1;
        }
        int claimed = next++;
        if (claimed > max) throw new MvMemoryFullException(_maxLocations);
        return claimed;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    sealed class PaddedCounter
    {
#pragma warning disable CS0169 // padding: keeps Value off the cache lines of neighbouring objects
        long _p0, _p1, _p2, _p3, _p4, _p5, _p6;
        public int Value;
        long _q0, _q1, _q2, _q3, _q4, _q5, _q6;
#pragma warning restore CS0169
    }

    static void SetState(ref MvVersionEntry node, MvEntryState state)
    {
        Interlocked.Increment(ref node.Sequence);
        node.State = state;
        Interlocked.Increment(ref node.Sequence);
    }

    int Find(int location, int txIndex)
    {
        for (int v = Volatile.Read(ref _locations[location].Head); v != 0;)
        {
            ref var node = ref _versions[v];
            if (node.TxIndex == txIndex) return v;
            if (node.TxIndex < txIndex) return 0;
            v = Volatile.Read(ref node.Next);
        }
        return 0;
    }

    ref MvVersionEntry FindOrInsert(int location, int txIndex, MvWriterCursor cursor, out bool inserted)
    {
        int fresh = 0;
        while (true)
        {
            ref int link = ref _locations[location].Head;
            int current = Volatile.Read(ref link);
            while (current != 0 && _versions[current].TxIndex > txIndex)
            {
                link = ref _versions[current].Next;
                current = Volatile.Read(ref link);
            }
            if (current != 0 && _versions[current].TxIndex == txIndex)
            {
                // Only this transaction's executor inserts its node, so a claimed-but-unused node cannot happen here.
                inserted = false;
                return ref _versions[current];
            }
            if (fresh == 0)
            {
                fresh = Claim(_versionCount, ref cursor.NextVersion, ref cursor.EndVersion, _versions.Capacity - 1);
                ref var init = ref _versions.Claim(fresh);
                init.TxIndex = txIndex;
                init.Sequence = 0;
                init.Incarnation = 0;
                init.State = MvEntryState.Absent;
                init.HasAccount = false;
            }
            _versions[fresh].Next = current;
            if (Interlocked.CompareExchange(ref link, fresh, current) == current)
            {
                inserted = true;
                return ref _versions[fresh];
            }
        }
    }
}
