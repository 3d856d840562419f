using System.Numerics;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Vm.Tests.Workloads;

/// <summary>
/// Runs a workload serially and checks its end state against values the test works out on its own from the
/// transactions' calldata and the pre-state (BigInteger arithmetic, the test's own slot and ABI decoding).
/// </summary>
static class WorkloadChecks
{
    const string TransferTopic = "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"; // EIP-20 Transfer
    const string SwapTopic = "bfd50a04f1e6e4aee344f5d0e7f15d74d0dbb58cd1f711daa6463094ca9508cd";     // js-sha3 of the Swap signature

    /// <summary>Runs <paramref name="w"/> and asserts everything its kind promises; returns the run for further checks.</summary>
    public static SerialRun RunAndCheck(Workload w)
    {
        var run = new SerialRun(w);
        for (int i = 0; i < w.Txs.Count; i++)
        {
            if (w.InvalidTxIndices.Contains(i)) Assert.Equal(TransactionStatus.Invalid, run.Results[i].Status);
            else Assert.True(run.Results[i].Status == TransactionStatus.Success, $"tx {i} of {w.Name}: {run.Results[i].Status} {run.Results[i].Error}");
        }
        EthAccounting(w, run);
        switch (w.Options.Kind)
        {
            case WorkloadKind.Raw: RawTransfers(w, run); break;
            case WorkloadKind.Erc20 or WorkloadKind.Mixed: TokenTransfers(w, run); break;
            case WorkloadKind.Amm: Swaps(w, run); break;
            case WorkloadKind.Chain: Counter(w, run); break;
        }
        return run;
    }

    public static IEnumerable<int> ValidIndices(Workload w) => Enumerable.Range(0, w.Txs.Count).Where(i => !w.InvalidTxIndices.Contains(i));

    /// <summary>
    /// Every sender pays gasUsed × effective price plus value; recipients get the value; the coinbase gets the tip
    /// (EIP-1559: price = baseFee + min(tip, maxFee − baseFee)) times gas used; sender nonces count their transactions.
    /// </summary>
    static void EthAccounting(Workload w, SerialRun run)
    {
        var expected = new Dictionary<Address, BigInteger>();
        BigInteger Get(Address a) => expected.TryGetValue(a, out var v) ? v : w.PreState.GetAccount(a)?.Balance.ToBigInteger() ?? 0;
        var nonces = new Dictionary<Address, ulong>();
        BigInteger baseFee = w.Env.BaseFee.ToBigInteger(), coinbaseEarned = 0;
        foreach (int i in ValidIndices(w))
        {
            var tx = w.Txs[i];
            BigInteger tip = BigInteger.Min(tx.MaxPriorityFeePerGas.ToBigInteger(), tx.MaxFeePerGas.ToBigInteger() - baseFee);
            BigInteger gasUsed = run.Results[i].GasUsed;
            expected[tx.Sender] = Get(tx.Sender) - gasUsed * (baseFee + tip) - tx.Value.ToBigInteger();
            expected[tx.To!.Value] = Get(tx.To!.Value) + tx.Value.ToBigInteger();
            coinbaseEarned += gasUsed * tip;
            nonces[tx.Sender] = nonces.GetValueOrDefault(tx.Sender) + 1;
        }
        expected[w.Env.Coinbase] = Get(w.Env.Coinbase) + coinbaseEarned;
        if (ValidIndices(w).Any()) Assert.True(coinbaseEarned > 0, "the coinbase earns tips");
        foreach (var (address, balance) in expected)
            Assert.Equal(balance, run.State.GetAccount(address)?.Balance.ToBigInteger() ?? 0);
        foreach (var (sender, count) in nonces)
            Assert.Equal(count, run.State.GetAccount(sender)!.Value.Nonce);
    }

    static void RawTransfers(Workload w, SerialRun run)
    {
        foreach (int i in ValidIndices(w))
        {
            var tx = w.Txs[i];
            Assert.Empty(tx.Data);
            Assert.Null(w.PreState.GetAccount(tx.To!.Value)); // a fresh recipient
            Assert.Equal(21_000, run.Results[i].GasUsed);
            Assert.Empty(run.Results[i].Logs);
        }
    }

    /// <summary>transfer(to, amount) on one token: balances move by the amounts, each call returns true and logs Transfer.</summary>
    static void TokenTransfers(Workload w, SerialRun run)
    {
        if (!ValidIndices(w).Any()) return;
        var token = w.Txs[ValidIndices(w).First()].To!.Value;
        var balances = new Dictionary<Address, BigInteger>();
        BigInteger Get(Address a) => balances.TryGetValue(a, out var v) ? v : Solidity.Storage(w.PreState, token, Solidity.MappingSlot(a, 1));

        foreach (int i in ValidIndices(w))
        {
            var tx = w.Txs[i];
            var result = run.Results[i];
            Assert.Equal(token, tx.To);
            Assert.Equal("a9059cbb", Solidity.Selector(tx.Data));
            var to = Solidity.AddressOf(Solidity.Word(tx.Data, 0));
            var amount = Solidity.Uint(Solidity.Word(tx.Data, 1));
            Assert.True(amount > 0);
            Assert.True(Get(tx.Sender) >= amount, $"tx {i}: the sender was funded with enough tokens");
            balances[tx.Sender] = Get(tx.Sender) - amount;
            balances[to] = Get(to) + amount;

            Assert.Equal(Solidity.Pad(BigInteger.One), result.Output); // returns (bool) true
            var log = Assert.Single(result.Logs);
            Assert.Equal(token, log.Address);
            Assert.Equal(3, log.Topics.Length);
            Assert.Equal(Solidity.Topic(TransferTopic), log.Topics[0]);
            Assert.Equal(Solidity.Pad(tx.Sender), log.Topics[1].ToArray());
            Assert.Equal(Solidity.Pad(to), log.Topics[2].ToArray());
            Assert.Equal(Solidity.Pad(amount), log.Data);
        }
        foreach (var (owner, balance) in balances)
            Assert.Equal(balance, Solidity.Storage(run.State, token, Solidity.MappingSlot(owner, 1)));

        // totalSupply (slot 0) is the sum of the pre-state balances, and transfers keep it.
        BigInteger sum = w.PreState.GetStorageOf(token).Where(e => !e.Key.IsZero).Aggregate(BigInteger.Zero, (s, e) => s + e.Value.ToBigInteger());
        Assert.Equal(sum, Solidity.Storage(w.PreState, token, UInt256.Zero));
        Assert.Equal(sum, Solidity.Storage(run.State, token, UInt256.Zero));
    }

    /// <summary>swap(amountIn, zeroForOne): Uniswap-v2 pricing with a 0.3% fee, reserves and the caller's internal balances updated, Swap logged.</summary>
    static void Swaps(Workload w, SerialRun run)
    {
        var storage = new Dictionary<(Address, UInt256), BigInteger>();
        BigInteger Get(Address c, UInt256 s) => storage.TryGetValue((c, s), out var v) ? v : Solidity.Storage(w.PreState, c, s);

        foreach (int i in ValidIndices(w))
        {
            var tx = w.Txs[i];
            var pair = tx.To!.Value;
            var result = run.Results[i];
            Assert.Equal("2aea6605", Solidity.Selector(tx.Data));
            var amountIn = Solidity.Uint(Solidity.Word(tx.Data, 0));
            var direction = Solidity.Uint(Solidity.Word(tx.Data, 1));
            Assert.True(direction <= 1);
            bool zeroForOne = direction == 1;

            UInt256 r0 = UInt256.Zero, r1 = UInt256.One;
            UInt256 b0 = Solidity.MappingSlot(tx.Sender, 2), b1 = Solidity.MappingSlot(tx.Sender, 3);
            var (inSlot, outSlot) = zeroForOne ? (r0, r1) : (r1, r0);
            var (payFrom, creditTo) = zeroForOne ? (b0, b1) : (b1, b0);
            BigInteger reserveIn = Get(pair, inSlot), reserveOut = Get(pair, outSlot);
            BigInteger amountOut = amountIn * 997 * reserveOut / (reserveIn * 1000 + amountIn * 997);
            Assert.True(amountOut > 0);
            Assert.True(Get(pair, payFrom) >= amountIn, $"tx {i}: the sender holds the input");
            storage[(pair, inSlot)] = reserveIn + amountIn;
            storage[(pair, outSlot)] = reserveOut - amountOut;
            storage[(pair, payFrom)] = Get(pair, payFrom) - amountIn;
            storage[(pair, creditTo)] = Get(pair, creditTo) + amountOut;

            Assert.Equal(Solidity.Pad(amountOut), result.Output);
            var log = Assert.Single(result.Logs);
            Assert.Equal(pair, log.Address);
            Assert.Equal(2, log.Topics.Length);
            Assert.Equal(Solidity.Topic(SwapTopic), log.Topics[0]);
            Assert.Equal(Solidity.Pad(tx.Sender), log.Topics[1].ToArray());
            Assert.Equal([.. Solidity.Pad(direction), .. Solidity.Pad(amountIn), .. Solidity.Pad(amountOut)], log.Data);
        }
        foreach (var ((contract, slot), value) in storage)
            Assert.Equal(value, Solidity.Storage(run.State, contract, slot));
    }

    /// <summary>Every call increments one slot: call k returns k (from a zero start) and the slot ends at the count.</summary>
    static void Counter(Workload w, SerialRun run)
    {
        var valid = ValidIndices(w).ToArray();
        if (valid.Length == 0) return;
        var counter = w.Txs[valid[0]].To!.Value;
        Assert.Equal(0, Solidity.Storage(w.PreState, counter, UInt256.Zero));
        for (int k = 0; k < valid.Length; k++)
        {
            var tx = w.Txs[valid[k]];
            Assert.Equal(counter, tx.To);
            Assert.Equal("d09de08a", Convert.ToHexStringLower(tx.Data));
            Assert.Equal(Solidity.Pad(new BigInteger(k + 1)), run.Results[valid[k]].Output);
        }
        Assert.Equal(valid.Length, Solidity.Storage(run.State, counter, UInt256.Zero));
    }
}
