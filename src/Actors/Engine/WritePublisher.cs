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

    readonly MvWriterCursor _cursor;

    public WritePublisher(BlockContext block, MvWriterCursor cursor)
    {
        _block = block;
        _cursor = cursor;
    }

    /// <summary>
    /// Returns true when the incarnation wrote a location its previous incarnation did not (Block-STM then
    /// revalidates every higher transaction), or changed a fee that some transaction has read.
    /// </summary>
    public bool Publish(int tx, int incarnation, TransactionResult result, ReadOnlySpan<ReadRecord> reads, Account? coinbaseValue)
    {
        var memory = _block.Memory;
        var previous = _block.Results[tx];
        var crashed = _block.Pending[tx];
        Volatile.Write(ref _block.Pending[tx], result);

        bool wroteNew = false;
        foreach (var (address, change) in result.Changes.Accounts)
        {
            if (change.Code is not null && change.Account is { } account) memory.AddCode(account.CodeHash, change.Code);
            if (change.AccountChanged)
                wroteNew |= memory.Write(memory.GetOrAddLocation(MvKey.Account(address), _cursor), tx, incarnation, MvValue.OfAccount(change.Account), _cursor);
            if (change.StorageCleared)
                wroteNew |= memory.Write(memory.GetOrAddLocation(MvKey.StorageReset(address), _cursor), tx, incarnation, default, _cursor);
            if (change.StorageOrNull is { } storage)
                foreach (var (slot, value) in storage)
                    wroteNew |= memory.Write(memory.GetOrAddLocation(MvKey.Storage(address, slot), _cursor), tx, incarnation, MvValue.OfWord(value), _cursor);
        }
        // Locations an earlier incarnation (or a crashed publish) wrote and this one does not: no longer written here.
        if (previous is not null || crashed is not null)
        {
            var kept = new HashSet<MvKey>(KeysOf(result));
            foreach (var stale in new[] { previous, crashed })
                if (stale is not null)
                    foreach (var key in KeysOf(stale))
                        if (!kept.Contains(key) && memory.FindLocation(key) is var location and not 0) memory.Remove(location, tx);
        }

        bool feeChanged = previous is null ? !result.CoinbaseFee.IsZero : previous.CoinbaseFee != result.CoinbaseFee;
        Volatile.Write(ref _block.Results[tx], result);
        Volatile.Write(ref _block.Pending[tx], null);
        // Interlocked.MemoryBarrier pairs with the reader's increment-then-read in VmDb (Dekker style).
        Interlocked.MemoryBarrier();
        if (feeChanged && _block.HasCoinbaseReaders) wroteNew = true;

        Volatile.Write(ref _block.ReadSets[tx], ReadSet.Build(incarnation, reads, memory.ShardCount, coinbaseValue));
        return wroteNew;
    }

    /// <summary>The MVMemory locations a result writes (rarely needed: on aborts, crashes and re-executions).</summary>
    static IEnumerable<MvKey> KeysOf(TransactionResult result)
    {
        foreach (var (address, change) in result.Changes.Accounts)
        {
            if (change.AccountChanged) yield return MvKey.Account(address);
            if (change.StorageCleared) yield return MvKey.StorageReset(address);
            if (change.StorageOrNull is { } storage) foreach (var slot in storage.Keys) yield return MvKey.Storage(address, slot);
        }
    }

    /// <summary>Marks a transaction's writes as ESTIMATE after it was aborted or its executor crashed.</summary>
    public static void MarkEstimates(BlockContext block, int tx)
    {
        foreach (var written in new[] { block.Results[tx], block.Pending[tx] })
            if (written is not null)
                foreach (var key in KeysOf(written))
                    if (block.Memory.FindLocation(key) is var location and not 0) block.Memory.MarkEstimate(location, tx);
    }
}
