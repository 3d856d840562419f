using ParallelEvm.State;

namespace ParallelEvm.Vm.BlockTests;

/// <summary>
/// The blocks imported so far, by hash, each with its post-state: a tree, since tests build side chains and import
/// blocks on any known parent. BLOCKHASH walks a block's own ancestry, so each branch sees its own history.
/// </summary>
sealed class ChainStore
{
    public sealed record Entry(BlockHeader Header, Hash256 Hash, InMemoryDb State, SpecId Spec);

    readonly Dictionary<Hash256, Entry> _blocks = new();

    public void Add(Entry entry) => _blocks[entry.Hash] = entry;

    public Entry? Get(Hash256 hash) => _blocks.TryGetValue(hash, out var e) ? e : null;

    /// <summary>BLOCKHASH for a block whose parent is <paramref name="parent"/>: the ancestor with number n, if within reach.</summary>
    public Func<ulong, Hash256?> AncestorHashes(Entry parent) => n =>
    {
        Entry? at = parent;
        while (at is not null && at.Header.Number > n) at = Get(at.Header.ParentHash);
        return at is not null && at.Header.Number == n ? at.Hash : null;
    };
}
