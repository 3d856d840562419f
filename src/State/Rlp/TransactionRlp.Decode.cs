namespace ParallelEvm.State;

public static partial class TransactionRlp
{
    /// <summary>
    /// Decodes a transaction's signed encoding (what <see cref="Encode"/> produces): an RLP list is a legacy
    /// transaction, anything else an EIP-2718 envelope. The sender is left unknown (<see cref="Address.Zero"/>):
    /// recover it from the signature. Throws <see cref="RlpException"/> for malformed or non-canonical input,
    /// an unknown type, trailing bytes, or a field too large for the model.
    /// </summary>
    public static Transaction Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length == 0) throw new RlpException("empty transaction", 0);
        var reader = new RlpReader(encoded);
        if (encoded[0] >= 0xc0)
        {
            var tx = DecodeLegacy(ref reader);
            reader.EnsureEnd();
            return tx;
        }
        return DecodeEnvelope(encoded);
    }

    /// <summary>One transaction of a block body: a list (legacy) or a string holding the typed envelope (EIP-2718).</summary>
    public static Transaction DecodeBodyItem(ref RlpReader reader)
    {
        if (reader.IsList) return DecodeLegacy(ref reader);
        int at = reader.Position;
        var envelope = reader.ReadBytes();
        if (envelope.Length > 0 && envelope[0] >= 0x80)
            throw new RlpException($"typed transaction starts with 0x{envelope[0]:x2}, not a type byte (legacy transactions are lists)", at);
        return DecodeEnvelope(envelope);
    }

    static Transaction DecodeLegacy(ref RlpReader outer)
    {
        var r = outer.ReadList();
        ulong nonce = r.ReadULong();
        var gasPrice = r.ReadUInt256();
        long gas = ReadGas(ref r);
        var to = ReadTo(ref r);
        var value = r.ReadUInt256();
        var data = r.ReadByteArray();
        var v = r.ReadUInt256();
        var rr = r.ReadUInt256();
        var s = r.ReadUInt256();
        r.EnsureEnd();
        return new Transaction
        {
            Type = TxType.Legacy,
            // EIP-155: v = chainId·2 + 35 + yParity; 27/28 are unprotected.
            ChainId = v.FitsInUlong && v.U0 >= 35 ? (v.U0 - 35) / 2 : null,
            Nonce = nonce, GasPrice = gasPrice, GasLimit = gas, To = to, Value = value, Data = data,
            V = v, R = rr, S = s,
        };
    }

    static Transaction DecodeEnvelope(ReadOnlySpan<byte> envelope)
    {
        if (envelope.Length == 0) throw new RlpException("empty typed transaction", 0);
        byte type = envelope[0];
        if (type is < (byte)TxType.AccessList or > (byte)TxType.SetCode)
            throw new RlpException($"unknown transaction type 0x{type:x2}", 0);
        var outer = new RlpReader(envelope[1..]);
        var r = outer.ReadList();
        outer.EnsureEnd();

        var chainId = ReadChainId(ref r);
        ulong nonce = r.ReadULong();
        UInt256 gasPrice = default, maxPriority = default, maxFee = default;
        if (type == (byte)TxType.AccessList) gasPrice = r.ReadUInt256();
        else
        {
            maxPriority = r.ReadUInt256();
            maxFee = r.ReadUInt256();
        }
        long gas = ReadGas(ref r);
        var to = ReadTo(ref r);
        var value = r.ReadUInt256();
        var data = r.ReadByteArray();
        var accessList = ReadAccessList(ref r);
        UInt256 maxFeePerBlobGas = default;
        Hash256[] blobHashes = [];
        AuthorizationTuple[] authorizations = [];
        if (type == (byte)TxType.Blob)
        {
            maxFeePerBlobGas = r.ReadUInt256();
            var list = r.ReadList();
            var hashes = new List<Hash256>();
            while (!list.IsEnd) hashes.Add(list.ReadHash());
            blobHashes = [.. hashes];
        }
        else if (type == (byte)TxType.SetCode)
        {
            authorizations = ReadAuthorizations(ref r);
        }
        var yParity = r.ReadUInt256();
        var rr = r.ReadUInt256();
        var s = r.ReadUInt256();
        r.EnsureEnd();
        return new Transaction
        {
            Type = (TxType)type, ChainId = chainId, Nonce = nonce,
            GasPrice = type == (byte)TxType.AccessList ? gasPrice : maxFee,
            MaxFeePerGas = maxFee, MaxPriorityFeePerGas = maxPriority,
            GasLimit = gas, To = to, Value = value, Data = data, AccessList = accessList,
            MaxFeePerBlobGas = maxFeePerBlobGas, BlobVersionedHashes = blobHashes, AuthorizationList = authorizations,
            V = yParity, R = rr, S = s,
        };
    }

    static ulong ReadChainId(ref RlpReader r)
    {
        int at = r.Position;
        var chainId = r.ReadUInt256();
        return chainId.FitsInUlong ? chainId.U0 : throw new RlpException("chain id does not fit 64 bits", at);
    }

    /// <summary>The model keeps gas as a signed 64-bit number.</summary>
    static long ReadGas(ref RlpReader r)
    {
        int at = r.Position;
        ulong gas = r.ReadULong();
        return gas <= long.MaxValue ? (long)gas : throw new RlpException($"gas limit {gas} does not fit 63 bits", at);
    }

    /// <summary>The empty string means contract creation; anything else must be a 20-byte address.</summary>
    static Address? ReadTo(ref RlpReader r)
    {
        if (!r.IsList)
        {
            var probe = r;
            if (probe.ReadBytes().Length == 0)
            {
                r.Skip();
                return null;
            }
        }
        return r.ReadAddress();
    }

    static AccessListItem[] ReadAccessList(ref RlpReader r)
    {
        var list = r.ReadList();
        var items = new List<AccessListItem>();
        while (!list.IsEnd)
        {
            var entry = list.ReadList();
            var address = entry.ReadAddress();
            var keysList = entry.ReadList();
            var keys = new List<UInt256>();
            while (!keysList.IsEnd) keys.Add(keysList.ReadHash().ToWord()); // storage keys are 32-byte strings
            entry.EnsureEnd();
            items.Add(new AccessListItem(address, [.. keys]));
        }
        return [.. items];
    }

    static AuthorizationTuple[] ReadAuthorizations(ref RlpReader r)
    {
        var list = r.ReadList();
        var tuples = new List<AuthorizationTuple>();
        while (!list.IsEnd)
        {
            var t = list.ReadList();
            var chainId = t.ReadUInt256();
            var address = t.ReadAddress();
            ulong nonce = t.ReadULong();
            int at = t.Position;
            ulong yParity = t.ReadULong();
            if (yParity > byte.MaxValue) throw new RlpException($"authorization y_parity {yParity} does not fit 8 bits", at);
            var rr = t.ReadUInt256();
            var s = t.ReadUInt256();
            t.EnsureEnd();
            tuples.Add(new AuthorizationTuple(chainId, address, nonce, (byte)yParity, rr, s));
        }
        return [.. tuples];
    }
}
