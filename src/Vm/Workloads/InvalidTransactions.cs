using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>Adds the invalid transactions <see cref="WorkloadOptions.InvalidTxs"/> asks for, at seeded positions (after senders are funded).</summary>
static class InvalidTransactions
{
    public static IReadOnlySet<int> Insert(WorkloadBuilder b, InvalidTxKinds kinds)
    {
        var added = new List<Transaction>();
        if (kinds.HasFlag(InvalidTxKinds.NonceGap)) added.Add(NonceGap(b));
        if (kinds.HasFlag(InvalidTxKinds.InsufficientBalance)) added.Add(InsufficientBalance(b));
        foreach (var tx in added) b.Txs.Insert(b.Random.Below(b.Txs.Count + 1), tx);

        var indices = new HashSet<int>();
        for (int i = 0; i < b.Txs.Count; i++)
            if (added.Any(tx => ReferenceEquals(tx, b.Txs[i]))) indices.Add(i);
        return indices;
    }

    /// <summary>
    /// A workload sender's transaction whose nonce skips one past that sender's last: since the skipped nonce is never
    /// sent, it is invalid wherever it stands. An empty workload gets a funded sender of its own, sending nonce 1.
    /// </summary>
    static Transaction NonceGap(WorkloadBuilder b)
    {
        Address sender;
        if (b.Txs.Count > 0) sender = b.Txs[b.Random.Below(b.Txs.Count)].Sender;
        else
        {
            sender = b.NewAddress();
            b.State.SetAccount(sender, new Account(0, WorkloadBuilder.Ether, Account.EmptyCodeHash));
        }
        return b.Build(sender, b.NextNonce(sender) + 1, b.NewAddress(), UInt256.One, [], WorkloadKinds.TransferGas);
    }

    /// <summary>A transfer whose sender holds one wei less than gasLimit × maxFeePerGas + value.</summary>
    static Transaction InsufficientBalance(WorkloadBuilder b)
    {
        var sender = b.NewAddress();
        var tx = b.Build(sender, 0, b.NewAddress(), UInt256.One, [], WorkloadKinds.TransferGas);
        b.State.SetAccount(sender, new Account(0, WorkloadBuilder.UpFrontCost(tx) - UInt256.One, Account.EmptyCodeHash));
        return tx;
    }
}
