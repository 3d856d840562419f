namespace ParallelEvm.State;

/// <summary>EIP-4895 withdrawal encoding <c>rlp([index, validatorIndex, address, amount])</c> and the withdrawals root.</summary>
public static class WithdrawalRlp
{
    public static byte[] Encode(Withdrawal w)
    {
        using var rlp = new RlpWriter(64);
        Write(rlp, w);
        return rlp.ToArray();
    }

    public static void Write(RlpWriter rlp, Withdrawal w)
    {
        rlp.StartList();
        rlp.WriteULong(w.Index);
        rlp.WriteULong(w.ValidatorIndex);
        rlp.WriteAddress(w.Address);
        rlp.WriteULong(w.AmountGwei);
        rlp.EndList();
    }

    public static Withdrawal Read(ref RlpReader reader)
    {
        var r = reader.ReadList();
        var w = new Withdrawal(r.ReadULong(), r.ReadULong(), r.ReadAddress(), r.ReadULong());
        r.EnsureEnd();
        return w;
    }

    /// <summary>The withdrawals trie root: key rlp(index in the block), value the withdrawal's encoding.</summary>
    public static Hash256 ComputeRoot(IReadOnlyList<Withdrawal> withdrawals)
    {
        var encoded = new byte[withdrawals.Count][];
        for (int i = 0; i < encoded.Length; i++) encoded[i] = Encode(withdrawals[i]);
        return OrderedTrie.ComputeRoot(encoded);
    }
}
