using System.Runtime.CompilerServices;

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
/// Account keys and scopes are found through the address's number (<see cref="BlockAddresses"/>), usually without
/// hashing: most keys name the transaction's sender or target. Storage-like keys are looked up by scope number
/// (<see cref="SlotKey"/>), and only once their contract has a scope: a slot write always opens one, so a contract
/// without a scope has no written slot. The two shapes that make up most large blocks, bare transfers and bare ERC-20
/// calls, skip the key list (<see cref="AddTransfer"/>, <see cref="AddErc20"/>); <see cref="Add"/> takes everything else.
/// </para>
/// </summary>
sealed class DependencyTracker(BlockAddresses addresses, int transactions) : IDisposable
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

    // Blocks without contract storage keys (plain transfers) never fill these: they start small, see EnsureSlots.
    readonly FlatMap<SlotKey, int> _slots = new(expectedCount: 0);
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
    /// <see cref="Add"/> for a bare transfer (<see cref="CheapFacts.IsBare"/>) without building its two keys: its
    /// sender is read and written, its recipient used as <paramref name="recipientAccess"/> says.
    /// </summary>
    public void AddTransfer(int tx, int sender, int recipient, AccessKind recipientAccess, List<int> dependencies)
    {
        ref var from = ref addresses[sender];
        ref var to = ref addresses[recipient];
        Add(from.LastWriter, dependencies);
        if ((recipientAccess & AccessKind.Read) != 0) Add(to.LastWriter, dependencies);
        from.LastWriter = tx + 1;
        if ((recipientAccess & AccessKind.Write) != 0) to.LastWriter = tx + 1;
    }

    /// <summary>
    /// <see cref="Add"/> for a bare ERC-20 call that was not run (<see cref="CheapFacts.IsBare"/>) without building its
    /// keys: the sender is read and written, the token read (and credited when <paramref name="tokenAccess"/> says so),
    /// and the holder keys of <see cref="Erc20Call.HolderKeys"/> are <see cref="AccessOrigin.Decoded"/> token keys.
    /// </summary>
    public void AddErc20(int tx, int sender, int token, AccessKind tokenAccess, in Erc20Call call, List<int> dependencies)
    {
        Span<HolderKey> holders = stackalloc HolderKey[Erc20Call.MaxHolderKeys];
        holders = holders[..call.HolderKeys(addresses.AddressOf(sender), holders)];
        ref var from = ref addresses[sender];
        ref var contract = ref addresses[token];
        Add(from.LastWriter, dependencies);
        Add(contract.LastWriter, dependencies);
        if (contract.Scope != 0)
        {
            ref var read = ref _scopes[contract.Scope - 1];
            foreach (var holder in holders)
            {
                if ((holder.Access & AccessKind.Read) == 0) continue;
                ref int writer = ref _slots.Find(new SlotKey(contract.Scope, holder.Kind, holder.Holder.ToWord()));
                if (!Unsafe.IsNullRef(ref writer)) Add(writer, dependencies);
                Add(read.Whole, dependencies);
                Add(read.Speculated, dependencies);
            }
        }

        int written = tx + 1;
        from.LastWriter = written;
        if ((tokenAccess & AccessKind.Write) != 0) contract.LastWriter = written;
        if (holders.IsEmpty) return;
        if (contract.Scope == 0) contract.Scope = _scopes.Add(default) + 1;
        EnsureSlots();
        foreach (var holder in holders)
            _slots.FindOrAdd(new SlotKey(contract.Scope, holder.Kind, holder.Holder.ToWord())) = written;
        ref var scope = ref _scopes[contract.Scope - 1];
        scope.Any = written;
        scope.Decoded = written;
    }

    public void Dispose()
    {
        _slots.Dispose();
        _scopes.Dispose();
    }

    void AddWritersOf(in KeyAccess access, List<int> dependencies)
    {
        var key = access.Key;
        int number = addresses.NumberOf(key.Scope);
        if (number < 0) return;
        ref var facts = ref addresses[number];
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
        ref var facts = ref addresses[addresses.Add(key.Scope)];
        if (key.Kind == GraphKeyKind.Account)
        {
            facts.LastWriter = writer;
            return;
        }
        if (facts.Scope == 0) facts.Scope = _scopes.Add(default) + 1;
        if (key.Kind != GraphKeyKind.Contract)
        {
            EnsureSlots();
            _slots.FindOrAdd(new SlotKey(facts.Scope, key.Kind, key.Detail)) = writer;
        }
        ref var scope = ref _scopes[facts.Scope - 1];
        scope.Any = writer;
        if (key.Kind == GraphKeyKind.Contract) scope.Whole = writer;
        else if (access.Origin == AccessOrigin.Speculated) scope.Speculated = writer;
        else if (access.Origin == AccessOrigin.Decoded) scope.Decoded = writer;
    }

    /// <summary>A block that writes token balances usually writes two per transaction: size for that at the first one.</summary>
    void EnsureSlots()
    {
        if (_slots.Count == 0) _slots.Reserve(2 * transactions);
    }

    static void Add(int writerPlusOne, List<int> dependencies)
    {
        if (writerPlusOne != 0) dependencies.Add(writerPlusOne - 1);
    }
}
