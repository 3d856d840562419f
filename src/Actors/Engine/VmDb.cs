using ParallelEvm.State;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// The VM's state reader during parallel execution of one transaction incarnation: reads go to MVMemory (the
/// highest lower writer) and fall back to the block's base state; each read is recorded for validation. The
/// VM's world state caches reads, so each location is read (and recorded) once per incarnation.
/// </summary>
sealed class VmDb : IStateReader
{
    readonly BlockContext _block;
    readonly List<ReadRecord> _reads = new();
    readonly EstimateReadException _estimate = new();
    int _tx;

    public VmDb(BlockContext block) => _block = block;

    public IReadOnlyList<ReadRecord> Reads => _reads;

    /// <summary>The coinbase value this incarnation read, if it read it (validated by value).</summary>
    public Account? CoinbaseValue { get; private set; }

    public void Begin(int txIndex)
    {
        _tx = txIndex;
        _reads.Clear();
        CoinbaseValue = null;
    }

    public Account? GetAccount(Address address)
    {
        if (address == _block.Coinbase)
        {
            // Readers announce themselves before reading fees; see BlockContext.HasCoinbaseReaders.
            _block.NoteCoinbaseReader();
            var coinbase = _block.ReadCoinbase(_tx, out var account);
            if (coinbase.Status == MvReadStatus.Estimate) throw _estimate.For(coinbase.Version.TxIndex);
            _reads.Add(new ReadRecord(MvKey.Account(address), MvVersion.ByValue));
            CoinbaseValue = account;
            return account;
        }
        var key = MvKey.Account(address);
        var read = Read(key);
        return read.Status == MvReadStatus.Found ? read.Value.Account : _block.Request.BaseState.GetAccount(address);
    }

    public byte[] GetCode(Hash256 codeHash) =>
        _block.Memory.TryGetCode(codeHash, out var code) ? code : _block.Request.BaseState.GetCode(codeHash);

    public UInt256 GetStorage(Address address, in UInt256 slot)
    {
        var write = Read(MvKey.Storage(address, slot));
        var reset = Read(MvKey.StorageReset(address));
        bool resetIsNewer = reset.Status == MvReadStatus.Found
            && (write.Status != MvReadStatus.Found || reset.Version.TxIndex > write.Version.TxIndex);
        if (resetIsNewer) return UInt256.Zero;
        return write.Status == MvReadStatus.Found ? write.Value.Word : _block.Request.BaseState.GetStorage(address, slot);
    }

    public bool HasStorage(Address address)
    {
        // A lower transaction that wiped the storage leaves none; writes after the wipe come only from code
        // the account then has, which already makes a creation collide.
        var reset = Read(MvKey.StorageReset(address));
        return reset.Status != MvReadStatus.Found && _block.Request.BaseState.HasStorage(address);
    }

    MvReadResult Read(in MvKey key)
    {
        var read = _block.Memory.Read(key, _tx);
        if (read.Status == MvReadStatus.Estimate) throw _estimate.For(read.Version.TxIndex);
        _reads.Add(new ReadRecord(key, read.Version));
        return read;
    }
}
