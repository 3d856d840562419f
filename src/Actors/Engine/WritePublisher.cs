using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Publishes a finished incarnation into MVMemory: its write set, its deferred coinbase fee and its read set.
/// Runs on the executor's thread (ARCHITECTURE.md §2: executors write the shards' lock-free structures themselves).
/// </summary>
sealed class WritePublisher
{
    readonly BlockContext _block;
    readonly List<MvKey> _keys = new();

    public WritePublisher(BlockContext block) => _block = block;

    /// <summary>
    /// Returns true when the incarnation wrote a location its previous incarnation did not (Block-STM then
    /// revalidates every higher transaction), or changed a fee that some transaction has read.
    /// </summary>
    public bool Publish(int tx, int incarnation, TransactionResult result, IReadOnlyList<ReadRecord> reads, Account? coinbaseValue)
    {
        var memory = _block.Memory;
        var previous = _block.LastWrites[tx] ?? [];
        _keys.Clear();
        foreach (var (address, change) in result.Changes.Accounts)
        {
            if (change.AccountChanged) _keys.Add(MvKey.Account(address));
            if (change.StorageCleared) _keys.Add(MvKey.StorageReset(address));
            foreach (var slot in change.Storage.Keys) _keys.Add(MvKey.Storage(address, slot));
            if (change.Code is not null && change.Account is { } account) memory.AddCode(account.CodeHash, change.Code);
        }
        // While publishing, a crash could leave some new writes in place: remember the union until done.
        var current = _keys.ToArray();
        _block.LastWrites[tx] = previous.Length == 0 ? current : previous.Union(current).ToArray();

        bool wroteNew = false;
        foreach (var (address, change) in result.Changes.Accounts)
        {
            if (change.AccountChanged)
                wroteNew |= memory.GetOrAddLocation(MvKey.Account(address)).Write(tx, incarnation, MvValue.OfAccount(change.Account));
            if (change.StorageCleared)
                wroteNew |= memory.GetOrAddLocation(MvKey.StorageReset(address)).Write(tx, incarnation, default);
            foreach (var (slot, value) in change.Storage)
                wroteNew |= memory.GetOrAddLocation(MvKey.Storage(address, slot)).Write(tx, incarnation, MvValue.OfWord(value));
        }
        if (previous.Length > 0)
        {
            var kept = new HashSet<MvKey>(current);
            foreach (var key in previous)
                if (!kept.Contains(key)) memory.TryGetLocation(key)?.Remove(tx);
        }
        _block.LastWrites[tx] = current;

        var oldFee = Volatile.Read(ref _block.Fees[tx]);
        Volatile.Write(ref _block.Fees[tx], new BlockContext.FeeBox(result.CoinbaseFee));
        bool feeChanged = oldFee is null ? !result.CoinbaseFee.IsZero : oldFee.Value != result.CoinbaseFee;
        // Interlocked.MemoryBarrier pairs with the reader's increment-then-read in VmDb (Dekker style).
        Interlocked.MemoryBarrier();
        if (feeChanged && _block.HasCoinbaseReaders) wroteNew = true;

        _block.Results[tx] = result;
        Volatile.Write(ref _block.ReadSets[tx], ReadSet.Build(incarnation, reads, memory.ShardCount, coinbaseValue));
        return wroteNew;
    }

    /// <summary>Marks a transaction's writes as ESTIMATE after it was aborted or its executor crashed.</summary>
    public static void MarkEstimates(BlockContext block, int tx)
    {
        foreach (var key in block.LastWrites[tx] ?? [])
            block.Memory.TryGetLocation(key)?.MarkEstimate(tx);
    }
}
