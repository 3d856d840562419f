using System.Collections.Concurrent;

namespace ParallelEvm.State;

/// <summary>
/// Block-STM's multi-version memory: for every location, the values written by each transaction of the block.
/// Split into shards by key hash (each shard a concurrent dictionary of lock-free version lists), so that
/// validation can run per shard and no single map is contended. New contract code is immutable and keyed by
/// hash, so it lives in one shared table without versions.
/// </summary>
public sealed class MvMemory
{
    // Executors insert new locations concurrently; with one lock stripe per core they contended on almost every
    // insert (Monitor slow path was a third of executor time in a trace). Many stripes make collisions rare.
    const int LockStripes = 256;

    readonly ConcurrentDictionary<MvKey, MvLocation>[] _shards;
    readonly ConcurrentDictionary<Hash256, byte[]> _newCode = new();

    public MvMemory(int shardCount, int expectedLocations = 1024)
    {
        if (shardCount < 1) throw new ArgumentOutOfRangeException(nameof(shardCount), "at least one shard");
        _shards = new ConcurrentDictionary<MvKey, MvLocation>[shardCount];
        int perShard = Math.Max(16, expectedLocations / shardCount);
        for (int i = 0; i < shardCount; i++)
            _shards[i] = new ConcurrentDictionary<MvKey, MvLocation>(LockStripes, perShard);
    }

    public int ShardCount => _shards.Length;

    public MvReadResult Read(in MvKey key, int txIndex) =>
        _shards[key.ShardOf(_shards.Length)].TryGetValue(key, out var location)
            ? location.Read(txIndex)
            : new MvReadResult(MvReadStatus.NotFound, MvVersion.Base, default);

    public MvLocation GetOrAddLocation(in MvKey key) =>
        _shards[key.ShardOf(_shards.Length)].GetOrAdd(key, static _ => new MvLocation());

    public MvLocation? TryGetLocation(in MvKey key) =>
        _shards[key.ShardOf(_shards.Length)].TryGetValue(key, out var location) ? location : null;

    public void AddCode(Hash256 codeHash, byte[] code) => _newCode.TryAdd(codeHash, code);

    public bool TryGetCode(Hash256 codeHash, out byte[] code) => _newCode.TryGetValue(codeHash, out code!);
}
