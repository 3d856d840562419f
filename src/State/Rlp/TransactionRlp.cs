namespace ParallelEvm.State;

/// <summary>
/// Transaction encodings: legacy (yellow paper §4.2, EIP-155) and the EIP-2718 typed envelopes
/// <c>type ‖ rlp(fields)</c> of EIP-2930 (1), EIP-1559 (2), EIP-4844 (3) and EIP-7702 (4).
/// The signed encoding is what blocks carry and what the transaction hash and the transactions trie cover;
/// the signing payload (<see cref="EncodeForSigning"/>) is what the sender signs.
/// </summary>
public static partial class TransactionRlp
{
    /// <summary>The signed encoding: a legacy transaction's RLP list, or <c>type ‖ rlp([fields…, yParity, r, s])</c>.</summary>
    public static byte[] Encode(Transaction tx)
    {
        using var w = new RlpWriter(256 + tx.Data.Length);
        if (tx.Type != TxType.Legacy) w.WriteEncoded([(byte)tx.Type]); // the envelope's type byte, not an RLP item
        w.StartList();
        WriteFields(w, tx);
        w.WriteUInt256(tx.V);
        w.WriteUInt256(tx.R);
        w.WriteUInt256(tx.S);
        w.EndList();
        return w.ToArray();
    }

    /// <summary>keccak256 of the signed encoding: the transaction hash.</summary>
    public static Hash256 ComputeHash(Transaction tx) => Keccak256.Hash(Encode(tx));

    /// <summary>
    /// What the sender signs. Legacy: <c>rlp([nonce, gasPrice, gas, to, value, data])</c>, plus <c>chainId, 0, 0</c>
    /// when <paramref name="legacyChainId"/> is given (EIP-155). Typed: <c>type ‖ rlp([fields…])</c> without the signature.
    /// </summary>
    public static byte[] EncodeForSigning(Transaction tx, ulong? legacyChainId)
    {
        using var w = new RlpWriter(256 + tx.Data.Length);
        if (tx.Type != TxType.Legacy) w.WriteEncoded([(byte)tx.Type]);
        w.StartList();
        WriteFields(w, tx);
        if (tx.Type == TxType.Legacy && legacyChainId is { } chainId)
        {
            w.WriteULong(chainId);
            w.WriteULong(0);
            w.WriteULong(0);
        }
        w.EndList();
        return w.ToArray();
    }

    /// <summary>The unsigned fields, in each type's order.</summary>
    static void WriteFields(RlpWriter w, Transaction tx)
    {
        if (tx.Type == TxType.Legacy)
        {
            w.WriteULong(tx.Nonce);
            w.WriteUInt256(tx.GasPrice);
            w.WriteULong((ulong)tx.GasLimit);
            WriteTo(w, tx.To);
            w.WriteUInt256(tx.Value);
            w.WriteBytes(tx.Data);
            return;
        }
        w.WriteULong(tx.ChainId ?? 0);
        w.WriteULong(tx.Nonce);
        if (tx.Type == TxType.AccessList)
        {
            w.WriteUInt256(tx.GasPrice);
        }
        else
        {
            w.WriteUInt256(tx.MaxPriorityFeePerGas);
            w.WriteUInt256(tx.MaxFeePerGas);
        }
        w.WriteULong((ulong)tx.GasLimit);
        WriteTo(w, tx.To);
        w.WriteUInt256(tx.Value);
        w.WriteBytes(tx.Data);
        WriteAccessList(w, tx.AccessList);
        if (tx.Type == TxType.Blob)
        {
            w.WriteUInt256(tx.MaxFeePerBlobGas);
            w.StartList();
            foreach (var h in tx.BlobVersionedHashes) w.WriteHash(h);
            w.EndList();
        }
        else if (tx.Type == TxType.SetCode)
        {
            w.StartList();
            foreach (var a in tx.AuthorizationList)
            {
                w.StartList();
                w.WriteUInt256(a.ChainId);
                w.WriteAddress(a.Address);
                w.WriteULong(a.Nonce);
                w.WriteULong(a.YParity);
                w.WriteUInt256(a.R);
                w.WriteUInt256(a.S);
                w.EndList();
            }
            w.EndList();
        }
    }

    /// <summary>A creation has no recipient: the empty string.</summary>
    static void WriteTo(RlpWriter w, Address? to)
    {
        if (to is { } address) w.WriteAddress(address);
        else w.WriteBytes([]);
    }

    /// <summary>EIP-2930: <c>[[address, [storageKey (32 bytes), …]], …]</c>.</summary>
    static void WriteAccessList(RlpWriter w, AccessListItem[] accessList)
    {
        w.StartList();
        Span<byte> key = stackalloc byte[32];
        foreach (var item in accessList)
        {
            w.StartList();
            w.WriteAddress(item.Address);
            w.StartList();
            foreach (var k in item.StorageKeys)
            {
                k.WriteBigEndian(key);
                w.WriteBytes(key);
            }
            w.EndList();
            w.EndList();
        }
        w.EndList();
    }
}
