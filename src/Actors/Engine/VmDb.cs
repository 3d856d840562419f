using ParallelEvm.State;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// The VM's state reader during parallel execution of one transaction incarnation: reads go to MVMemory (the
/// highest lower writer) and fall back to the block's base state; each read is recorded for validation as a
/// location number and version, in a buffer reused across incarnations. The VM's world state caches reads, so each
/// location is read (and recorded) once per incarnation.
/// </summary>
sealed class VmDb : IStateReader
{
    readonly BlockContext _block;
    readonly EstimateReadException _estimate = new();
    ReadRecord[] _reads = new ReadRecord[32];
    int _readCount;
    // Every storage read also consults the account's storage-reset location; most transactions read few
    // accounts' storage, so the last one is remembered (and recorded once).
    Address _resetAddress;
    MvReadResult _resetRead;
    bool _hasResetRead;
    int _tx;

    public VmDb(BlockContext block) => _block = block;

    /// <summary>This executor's supply of MVMemory numbers (shared with its write publisher: same thread).</summary>
    public MvWriterCursor Cursor { get; } = new();

    public ReadOnlySpan<ReadRecord> Reads => _reads.AsSpan(0, _readCount);

    /// <summary>The coinbase value this incarnation read, if it read it (validated by value).</summary>
    public Account? CoinbaseValue { get; private set; }

    public void Begin(int txIndex)
    {
        _tx = txIndex;
        _readCount = 0;
        _hasResetRead = false;
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
            Record(_block.CoinbaseLocation, MvVersion.ByValue);
            CoinbaseValue = account;
            return account;
        }
        var read = Read(MvKey.Account(address));
        return read.Status == MvReadStatus.Found ? read.Value.Account : _block.Request.BaseState.GetAccount(address);
    }

    public byte[] GetCode(Hash256 codeHash) =>
        _block.Memory.TryGetCode(codeHash, out var code) ? code : _block.Request.BaseState.GetCode(codeHash);

    public UInt256 GetStorage(Address address, in UInt256 slot)
    {
        var write = Read(MvKey.Storage(address, slot));
        var reset = ReadReset(address);
        bool resetIsNewer = reset.Status == MvReadStatus.Found
            && (write.Status != MvReadStatus.Found || reset.Version.TxIndex > write.Version.TxIndex);
        if (resetIsNewer) return UInt256.Zero;
        return write.Status == MvReadStatus.Found ? write.Value.Word : _block.Request.BaseState.GetStorage(address, slot);
    }

    public bool HasStorage(Address address)
    {
        // A lower transaction that wiped the storage leaves none; writes after the wipe come only from code
        // the account then has, which already makes a creation collide.
        var reset = ReadReset(address);
        return reset.Status != MvReadStatus.Found && _block.Request.BaseState.HasStorage(address);
    }

    MvReadResult ReadReset(Address address)
    {
        if (_hasResetRead && _resetAddress == address) return _resetRead;
        _resetRead = Read(MvKey.StorageReset(address));
        _resetAddress = address;
        _hasResetRead = true;
        return _resetRead;
    }

    MvReadResult Read(in MvKey key)
    {
        var memory = _block.Memory;
        int location = memory.GetOrAddLocation(key, Cursor);
        var read = memory.Read(location, _tx);
        if (read.Status == MvReadStatus.Estimate) throw _estimate.For(read.Version.TxIndex);
        Record(location, read.Version);
        return read;
    }

    void Record(int location, MvVersion version)
    {
        if (_readCount == _reads.Length) Array.Resize(ref _reads, _reads.Length * 2);
        _reads[_readCount++] = new ReadRecord(location, version);
    }
}
