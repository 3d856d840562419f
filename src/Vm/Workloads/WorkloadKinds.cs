using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>The transactions of each <see cref="WorkloadKind"/>. Senders come from a <see cref="SenderPool"/>, so nonce chains work for every kind.</summary>
static class WorkloadKinds
{
    // Gas limits as a wallet would set them: the estimate (about 21k / 52k / 55k / 45k with cold slots) plus headroom.
    public const long TransferGas = 21_000;
    public const long Erc20TransferGas = 90_000;
    public const long SwapGas = 150_000;
    public const long IncrementGas = 80_000;

    public static void Raw(WorkloadBuilder b, WorkloadOptions o)
    {
        var senders = new SenderPool(b, o.TxCount, o.TxsPerSender);
        for (int i = 0; i < o.TxCount; i++)
            b.Add(senders.Next(), b.NewAddress(), b.Random.Between(1, 1_000_000_000_000_000_000UL), [], TransferGas);
    }

    public static void Erc20(WorkloadBuilder b, WorkloadOptions o)
    {
        var token = b.PlaceContract(Contracts.Token);
        var ledger = new TokenLedger();
        var senders = new SenderPool(b, o.TxCount, o.TxsPerSender);
        for (int i = 0; i < o.TxCount; i++)
            Transfer(b, ledger, token, senders.Next(), b.NewAddress());
        ledger.WriteTo(b.State, token);
    }

    /// <summary>Each sender swaps on its own pair, so swaps of different senders share nothing.</summary>
    public static void Amm(WorkloadBuilder b, WorkloadOptions o)
    {
        var senders = new SenderPool(b, o.TxCount, o.TxsPerSender);
        var pairs = new Dictionary<Address, (Address Pair, UInt256 Need0, UInt256 Need1)>();
        for (int i = 0; i < o.TxCount; i++)
        {
            var sender = senders.Next();
            if (!pairs.TryGetValue(sender, out var entry))
            {
                entry = (b.PlaceContract(Contracts.Pair), UInt256.Zero, UInt256.Zero);
                b.State.SetStorage(entry.Pair, PairAbi.Reserve0Slot, b.Random.Amount(1_000_000, 2_000_000));
                b.State.SetStorage(entry.Pair, PairAbi.Reserve1Slot, b.Random.Amount(1_000_000, 2_000_000));
            }
            var amountIn = b.Random.Amount(1, 1_000);
            bool zeroForOne = b.Random.NextBool();
            if (zeroForOne) entry.Need0 += amountIn;
            else entry.Need1 += amountIn;
            pairs[sender] = entry;
            b.Add(sender, entry.Pair, UInt256.Zero, PairAbi.Swap(amountIn, zeroForOne), SwapGas);
        }
        // The sender's internal balances cover every input it sells, whatever its earlier swaps returned.
        foreach (var (sender, (pair, need0, need1)) in pairs)
        {
            b.State.SetStorage(pair, PairAbi.Balance0Slot(sender), need0 + b.Random.Amount(1, 100));
            b.State.SetStorage(pair, PairAbi.Balance1Slot(sender), need1 + b.Random.Amount(1, 100));
        }
    }

    public static void Chain(WorkloadBuilder b, WorkloadOptions o)
    {
        var counter = b.PlaceContract(Contracts.Counter);
        var senders = new SenderPool(b, o.TxCount, o.TxsPerSender);
        for (int i = 0; i < o.TxCount; i++)
            b.Add(senders.Next(), counter, UInt256.Zero, CounterAbi.Increment(), IncrementGas);
    }

    /// <summary>
    /// ERC-20 transfers; round(ConflictRate × TxCount) of them, at seeded positions, collide: by coin flip either the
    /// recipient is one hot account (all such transfers write its balance slot) or the sender is one shared account
    /// (a nonce chain through its account and balance slot). The others are independent, as in <see cref="Erc20"/>.
    /// </summary>
    public static void Mixed(WorkloadBuilder b, WorkloadOptions o)
    {
        var token = b.PlaceContract(Contracts.Token);
        var ledger = new TokenLedger();
        var hotRecipient = b.NewAddress();
        ledger.Credit(hotRecipient, b.Random.Amount(1_000_000, 2_000_000)); // an exchange-like account that already holds tokens
        var sharedSender = b.NewAddress();

        var roles = new Conflict[o.TxCount];
        foreach (int i in PickIndices(b.Random, o.TxCount, (int)Math.Round(o.ConflictRate * o.TxCount)))
            roles[i] = b.Random.NextBool() ? Conflict.HotRecipient : Conflict.SharedSender;
        int poolUses = roles.Count(r => r != Conflict.SharedSender);

        var senders = new SenderPool(b, poolUses, o.TxsPerSender);
        foreach (var role in roles)
        {
            var sender = role == Conflict.SharedSender ? sharedSender : senders.Next();
            var recipient = role == Conflict.HotRecipient ? hotRecipient : b.NewAddress();
            Transfer(b, ledger, token, sender, recipient);
        }
        ledger.WriteTo(b.State, token);
    }

    enum Conflict { None, HotRecipient, SharedSender }

    static void Transfer(WorkloadBuilder b, TokenLedger ledger, Address token, Address sender, Address recipient)
    {
        var amount = b.Random.Amount(1, 1_000);
        ledger.Credit(sender, amount + b.Random.Amount(0, 10)); // what it sends, and a little left over
        b.Add(sender, token, UInt256.Zero, TokenAbi.Transfer(recipient, amount), Erc20TransferGas);
    }

    /// <summary><paramref name="count"/> distinct indices below <paramref name="n"/> (partial Fisher–Yates shuffle).</summary>
    static IEnumerable<int> PickIndices(DeterministicRandom random, int n, int count)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (int i = 0; i < count; i++)
        {
            int j = i + random.Below(n - i);
            (order[i], order[j]) = (order[j], order[i]);
            yield return order[i];
        }
    }
}
