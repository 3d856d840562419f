namespace ParallelEvm.State;

/// <summary>
/// Block encoding: <c>rlp([header, [transactions…], [uncle headers…]])</c>, with a fourth list of withdrawals from
/// Shanghai (EIP-4895). Decoding leaves each transaction's sender unknown: recover it from the signature.
/// </summary>
public static class BlockRlp
{
    /// <summary>A decoded block with the hashes taken from the exact encoded bytes.</summary>
    public sealed record Decoded(
        BlockHeader Header,
        Hash256 Hash,
        IReadOnlyList<Transaction> Transactions,
        IReadOnlyList<BlockHeader> Uncles,
        IReadOnlyList<Hash256> UncleHashes,
        IReadOnlyList<Withdrawal>? Withdrawals);

    /// <summary>Throws <see cref="RlpException"/> for malformed or non-canonical input.</summary>
    public static Decoded Decode(ReadOnlySpan<byte> encoded)
    {
        var outer = new RlpReader(encoded);
        var block = outer.ReadList();
        outer.EnsureEnd();

        var headerBytes = block.ReadEncodedItem();
        var header = HeaderRlp.Decode(headerBytes);
        var hash = Keccak256.Hash(headerBytes);

        var txList = block.ReadList();
        var transactions = new List<Transaction>();
        while (!txList.IsEnd) transactions.Add(TransactionRlp.DecodeBodyItem(ref txList));

        var uncleList = block.ReadList();
        var uncles = new List<BlockHeader>();
        var uncleHashes = new List<Hash256>();
        while (!uncleList.IsEnd)
        {
            var uncleBytes = uncleList.ReadEncodedItem();
            uncles.Add(HeaderRlp.Decode(uncleBytes));
            uncleHashes.Add(Keccak256.Hash(uncleBytes));
        }

        List<Withdrawal>? withdrawals = null;
        if (!block.IsEnd)
        {
            var list = block.ReadList();
            withdrawals = [];
            while (!list.IsEnd) withdrawals.Add(WithdrawalRlp.Read(ref list));
        }
        block.EnsureEnd();
        return new Decoded(header, hash, transactions, uncles, uncleHashes, withdrawals);
    }

    /// <summary>KEC(RLP(uncle headers)): the header's uncles hash.</summary>
    public static Hash256 ComputeUnclesHash(IReadOnlyList<BlockHeader> uncles)
    {
        using var w = new RlpWriter(600 * uncles.Count + 8);
        w.StartList();
        foreach (var u in uncles) HeaderRlp.Write(w, u);
        w.EndList();
        return w.ComputeKeccak();
    }

    /// <summary>The transactions trie root: key rlp(index), value the signed encoding.</summary>
    public static Hash256 ComputeTransactionsRoot(IReadOnlyList<Transaction> transactions)
    {
        var encoded = new byte[transactions.Count][];
        for (int i = 0; i < encoded.Length; i++) encoded[i] = TransactionRlp.Encode(transactions[i]);
        return OrderedTrie.ComputeRoot(encoded);
    }
}
