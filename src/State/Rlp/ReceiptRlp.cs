namespace ParallelEvm.State;

/// <summary>
/// Receipt encoding (yellow paper §4.3.1, EIP-658, EIP-2718): <c>rlp([statusOrPostState, cumulativeGasUsed, bloom, logs])</c>,
/// prefixed by the type byte for typed transactions. The status is 1 (0x01) or 0 (the empty string); before
/// Byzantium the first field is the 32-byte state root after the transaction.
/// </summary>
public static class ReceiptRlp
{
    public static byte[] Encode(Receipt receipt)
    {
        using var w = new RlpWriter(300 + 100 * receipt.Logs.Count);
        if (receipt.Type != TxType.Legacy) w.WriteEncoded([(byte)receipt.Type]); // EIP-2718 envelope byte
        w.StartList();
        if (receipt.Success is { } success) w.WriteBool(success);
        else if (receipt.PostState is { } root) w.WriteHash(root);
        else throw new InvalidOperationException("a receipt needs a status (Byzantium on) or a post-state root (before)");
        w.WriteULong((ulong)receipt.CumulativeGasUsed);
        w.WriteBytes(receipt.Bloom.AsSpan());
        w.StartList();
        foreach (var log in receipt.Logs) w.WriteLog(log);
        w.EndList();
        w.EndList();
        return w.ToArray();
    }

    /// <summary>The receipts trie root of a block: key rlp(index), value the receipt's encoding.</summary>
    public static Hash256 ComputeRoot(IReadOnlyList<Receipt> receipts)
    {
        var encoded = new byte[receipts.Count][];
        for (int i = 0; i < encoded.Length; i++) encoded[i] = Encode(receipts[i]);
        return OrderedTrie.ComputeRoot(encoded);
    }
}
