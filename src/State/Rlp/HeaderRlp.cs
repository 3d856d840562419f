namespace ParallelEvm.State;

/// <summary>
/// Block header encoding (yellow paper §4.3): the 15 original fields, then — each fork appending to the end —
/// baseFeePerGas (London), withdrawalsRoot (Shanghai), blobGasUsed, excessBlobGas, parentBeaconBlockRoot (Cancun),
/// requestsHash (Prague). The block hash is keccak256 of this encoding.
/// </summary>
public static class HeaderRlp
{
    public static byte[] Encode(BlockHeader header)
    {
        using var w = new RlpWriter(600);
        Write(w, header);
        return w.ToArray();
    }

    public static Hash256 ComputeHash(BlockHeader header)
    {
        using var w = new RlpWriter(600);
        Write(w, header);
        return w.ComputeKeccak();
    }

    public static void Write(RlpWriter w, BlockHeader h)
    {
        w.StartList();
        w.WriteHash(h.ParentHash);
        w.WriteHash(h.UnclesHash);
        w.WriteAddress(h.Coinbase);
        w.WriteHash(h.StateRoot);
        w.WriteHash(h.TransactionsRoot);
        w.WriteHash(h.ReceiptsRoot);
        if (h.LogsBloom.Length != Bloom.Size) throw new InvalidOperationException($"logs bloom has {h.LogsBloom.Length} bytes, not 256");
        w.WriteBytes(h.LogsBloom);
        w.WriteUInt256(h.Difficulty);
        w.WriteULong(h.Number);
        w.WriteULong(h.GasLimit);
        w.WriteULong(h.GasUsed);
        w.WriteULong(h.Timestamp);
        w.WriteBytes(h.ExtraData);
        w.WriteHash(h.MixHash);
        Span<byte> nonce = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(nonce, h.Nonce);
        w.WriteBytes(nonce); // the PoW nonce is a fixed 8-byte string, not a scalar

        // Fork fields: written up to the last one present; a gap would make the encoding ambiguous.
        int present = OptionalFieldCount(h);
        if (present > 0) w.WriteUInt256(Need(h.BaseFeePerGas, "baseFeePerGas"));
        if (present > 1) w.WriteHash(Need(h.WithdrawalsRoot, "withdrawalsRoot"));
        if (present > 2) w.WriteULong(Need(h.BlobGasUsed, "blobGasUsed"));
        if (present > 3) w.WriteULong(Need(h.ExcessBlobGas, "excessBlobGas"));
        if (present > 4) w.WriteHash(Need(h.ParentBeaconBlockRoot, "parentBeaconBlockRoot"));
        if (present > 5) w.WriteHash(Need(h.RequestsHash, "requestsHash"));
        w.EndList();
    }

    static int OptionalFieldCount(BlockHeader h) =>
        h.RequestsHash is not null ? 6
        : h.ParentBeaconBlockRoot is not null ? 5
        : h.ExcessBlobGas is not null ? 4
        : h.BlobGasUsed is not null ? 3
        : h.WithdrawalsRoot is not null ? 2
        : h.BaseFeePerGas is not null ? 1
        : 0;

    static T Need<T>(T? value, string field) where T : struct =>
        value ?? throw new InvalidOperationException($"header has a later fork field but no {field}");

    /// <summary>Reads one header list. Throws <see cref="RlpException"/> when a field is malformed or missing.</summary>
    public static BlockHeader Read(ref RlpReader reader)
    {
        var r = reader.ReadList();
        var parentHash = r.ReadHash();
        var unclesHash = r.ReadHash();
        var coinbase = r.ReadAddress();
        var stateRoot = r.ReadHash();
        var txRoot = r.ReadHash();
        var receiptsRoot = r.ReadHash();
        int at = r.Position;
        var bloom = r.ReadByteArray();
        if (bloom.Length != Bloom.Size) throw new RlpException($"logs bloom must be 256 bytes, got {bloom.Length}", at);
        var difficulty = r.ReadUInt256();
        ulong number = r.ReadULong();
        ulong gasLimit = r.ReadULong();
        ulong gasUsed = r.ReadULong();
        ulong timestamp = r.ReadULong();
        var extraData = r.ReadByteArray();
        var mixHash = r.ReadHash();
        at = r.Position;
        var nonceBytes = r.ReadBytes();
        if (nonceBytes.Length != 8) throw new RlpException($"nonce must be 8 bytes, got {nonceBytes.Length}", at);
        ulong nonce = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(nonceBytes);

        UInt256? baseFee = r.IsEnd ? null : r.ReadUInt256();
        Hash256? withdrawalsRoot = r.IsEnd ? null : r.ReadHash();
        ulong? blobGasUsed = r.IsEnd ? null : r.ReadULong();
        ulong? excessBlobGas = r.IsEnd ? null : r.ReadULong();
        Hash256? beaconRoot = r.IsEnd ? null : r.ReadHash();
        Hash256? requestsHash = r.IsEnd ? null : r.ReadHash();
        r.EnsureEnd();
        return new BlockHeader
        {
            ParentHash = parentHash, UnclesHash = unclesHash, Coinbase = coinbase, StateRoot = stateRoot,
            TransactionsRoot = txRoot, ReceiptsRoot = receiptsRoot, LogsBloom = bloom, Difficulty = difficulty,
            Number = number, GasLimit = gasLimit, GasUsed = gasUsed, Timestamp = timestamp, ExtraData = extraData,
            MixHash = mixHash, Nonce = nonce, BaseFeePerGas = baseFee, WithdrawalsRoot = withdrawalsRoot,
            BlobGasUsed = blobGasUsed, ExcessBlobGas = excessBlobGas, ParentBeaconBlockRoot = beaconRoot, RequestsHash = requestsHash,
        };
    }

    /// <summary>Decodes a header from its complete encoding (no trailing bytes allowed).</summary>
    public static BlockHeader Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var header = Read(ref reader);
        reader.EnsureEnd();
        return header;
    }
}
