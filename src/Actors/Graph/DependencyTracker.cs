using System.Runtime.CompilerServices;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Walks the block in order and, for each transaction, finds the nearest earlier writer of every key it reads: the
/// read-after-write edges Block-STM actually conflicts on (an earlier reader never needs a later writer, and two
/// writers meet only through whoever reads after them). Writers are held as index + 1, so 0 means "nobody".
/// <para>
/// Keys inside a contract's storage also meet the contract's coarser hints, per <see cref="Scope"/>:
/// a <see cref="GraphKeyKind.Contract"/> read waits for the last write of anything in it, and a precise read waits
/// for the last <see cref="GraphKeyKind.Contract"/> write. Decoded token keys (for transactions not run) and slots seen
/// in runs describe the same storage in two vocabularies, so each waits for the other's last writer.
/// </para>
/// <para>
/// Everything about an address (its account key's last writer, its scope's number) sits in the one
/// <see cref="AccountFacts"/> entry the classifier has usually just touched for the same transaction. Storage-like keys
/// are looked up by scope number (<see cref="SlotKey"/>), and only once their contract has a scope: a slot write
/// always opens one, so a contract without a scope has no written slot.
/// </para>
/// </summary>
sealed class DependencyTracker(FlatMap<Address, AccountFacts> accounts) : IDisposable
{
    struct Scope
    {
        /// <summary>Last <see cref="GraphKeyKind.Contract"/> write (a call with unknown effects, a wipe).</summary>
        public int Whole;
        /// <summary>Last write of any key in the contract's storage.</summary>
        public int Any;
        /// <summary>Last write seen in a speculative run.</summary>
        public int Speculated;
        /// <summary>Last write guessed from calldata of a transaction that was not run.</summary>
        public int Decoded;
    }

    // Blocks without contract storage keys (plain transfers) never fill these: they start small and grow when needed.
    readonly FlatMap<SlotKey, int> _slots = new(expectedCount: 64);
    readonly PooledList<Scope> _scopes = new(initialCapacity: 16);

    /// <summary>Adds to <paramref name="dependencies"/> the transactions <paramref name="tx"/> reads from, then records its writes.</summary>
    public void Add(int tx, ReadOnlySpan<KeyAccess> accesses, List<int> dependencies)
    {
        foreach (ref readonly var access in accesses)
            if (access.Reads) AddWritersOf(access, dependencies);
        foreach (ref readonly var access in accesses)
            if (access.Writes) RecordWrite(access, tx + 1);
    }

    /// <summary>
    /// <see cref="Add"/> for a bare transfer (<see cref="CheapFacts.IsBareTransfer"/>), the bulk of many blocks, without
    /// building its two keys: its sender is read and written, its recipient used as <paramref name="recipientAccess"/> says.
    /// </summary>
    public void AddTransfer(int tx, Address sender, Address recipient, AccessKind recipientAccess, List<int> dependencies)
    {
        // Two adds at most: make room first so that the first reference survives the second add.
        accounts.EnsureRoom(2);
        ref var from = ref accounts.FindOrAdd(sender);
        ref var to = ref accounts.FindOrAdd(recipient);
        Add(from.LastWriter, dependencies);
        if ((recipientAccess & AccessKind.Read) != 0) Add(to.LastWriter, dependencies);
        from.LastWriter = tx + 1;
        if ((recipientAccess & AccessKind.Write) != 0) to.LastWriter = tx + 1;
    }

    public void Dispose()
    {
        _slots.Dispose();
        _scopes.Dispose();
    }

    void AddWritersOf(in KeyAccess access, List<int> dependencies)
    {
        var key = access.Key;
        ref var facts = ref accounts.Find(key.Scope);
        if (Unsafe.IsNullRef(ref facts)) return;
        if (key.Kind == GraphKeyKind.Account)
        {
            Add(facts.LastWriter, dependencies);
            return;
        }
        if (facts.Scope == 0) return;
        ref var scope = ref _scopes[facts.Scope - 1];
        if (key.Kind == GraphKeyKind.Contract)
        {
            Add(scope.Any, dependencies);
            return;
        }
        ref int writer = ref _slots.Find(new SlotKey(facts.Scope, key.Kind, key.Detail));
        if (!Unsafe.IsNullRef(ref writer)) Add(writer, dependencies);
        Add(scope.Whole, dependencies);
        if (access.Origin == AccessOrigin.Decoded) Add(scope.Speculated, dependencies);
        else if (access.Origin == AccessOrigin.Speculated) Add(scope.Decoded, dependencies);
    }

    void RecordWrite(in KeyAccess access, int writer)
    {
        var key = access.Key;
        ref var facts = ref accounts.FindOrAdd(key.Scope);
        if (key.Kind == GraphKeyKind.Account)
        {
            facts.LastWriter = writer;
            return;
        }
        if (facts.Scope == 0) facts.Scope = _scopes.Add(default) + 1;
        if (key.Kind != GraphKeyKind.Contract) _slots.FindOrAdd(new SlotKey(facts.Scope, key.Kind, key.Detail)) = writer;
        ref var scope = ref _scopes[facts.Scope - 1];
        scope.Any = writer;
        if (key.Kind == GraphKeyKind.Contract) scope.Whole = writer;
        else if (access.Origin == AccessOrigin.Speculated) scope.Speculated = writer;
        else if (access.Origin == AccessOrigin.Decoded) scope.Decoded = writer;
    }

    static void Add(int writerPlusOne, List<int> dependencies)
    {
        if (writerPlusOne != 0) dependencies.Add(writerPlusOne - 1);
    }
}
