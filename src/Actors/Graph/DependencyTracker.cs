using System.Runtime.InteropServices;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Walks the block in order and, for each transaction, finds the nearest earlier writer of every key it reads: the
/// read-after-write edges Block-STM actually conflicts on (an earlier reader never needs a later writer, and two
/// writers meet only through whoever reads after them). Each map holds index + 1, so 0 means "nobody".
/// <para>
/// Keys inside a contract's storage also meet the contract's coarser hints, per <see cref="Scope"/>:
/// a <see cref="GraphKeyKind.Contract"/> read waits for the last write of anything in it, and a precise read waits
/// for the last <see cref="GraphKeyKind.Contract"/> write. Decoded token keys (for transactions not run) and slots seen
/// in runs describe the same storage in two vocabularies, so each waits for the other's last writer.
/// </para>
/// </summary>
sealed class DependencyTracker(int capacity)
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

    readonly Dictionary<GraphKey, int> _lastWriter = new(capacity);
    readonly Dictionary<Address, Scope> _scopes = new();

    /// <summary>Adds to <paramref name="dependencies"/> the transactions <paramref name="tx"/> reads from, then records its writes.</summary>
    public void Add(int tx, ReadOnlySpan<KeyAccess> accesses, List<int> dependencies)
    {
        foreach (var access in accesses)
            if (access.Reads) AddWritersOf(access, dependencies);
        foreach (var access in accesses)
            if (access.Writes) RecordWrite(access, tx + 1);
    }

    void AddWritersOf(in KeyAccess access, List<int> dependencies)
    {
        var key = access.Key;
        if (key.Kind == GraphKeyKind.Contract)
        {
            if (_scopes.TryGetValue(key.Scope, out var whole)) Add(whole.Any, dependencies);
            return;
        }
        if (_lastWriter.TryGetValue(key, out int writer)) Add(writer, dependencies);
        if (!key.IsInContractStorage || !_scopes.TryGetValue(key.Scope, out var scope)) return;
        Add(scope.Whole, dependencies);
        if (access.Origin == AccessOrigin.Decoded) Add(scope.Speculated, dependencies);
        else if (access.Origin == AccessOrigin.Speculated) Add(scope.Decoded, dependencies);
    }

    void RecordWrite(in KeyAccess access, int writer)
    {
        var key = access.Key;
        if (key.Kind != GraphKeyKind.Contract) _lastWriter[key] = writer;
        if (key.Kind == GraphKeyKind.Account) return;
        ref var scope = ref CollectionsMarshal.GetValueRefOrAddDefault(_scopes, key.Scope, out _);
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
