using ParallelEvm.State;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>Block processing around the executor: withdrawals, the block gas allowance, the executor seam, receipts.</summary>
public sealed class BlockProcessorTests
{
    static readonly Address Alice = Address.FromNumber(0xa11ce);
    static readonly Address Bob = Address.FromNumber(0xb0b);
    static readonly Address Coinbase = Address.FromNumber(0xc0ffee);

    static BlockHeader Header(ulong gasLimit = 1_000_000) => new()
    {
        Number = 1, Coinbase = Coinbase, Timestamp = 1000, GasLimit = gasLimit, BaseFeePerGas = 7,
        WithdrawalsRoot = MerkleTrie.EmptyRoot, BlobGasUsed = 0, ExcessBlobGas = 0, ParentBeaconBlockRoot = Hash256.Zero,
    };

    static Transaction Transfer(ulong nonce, long gas = 21_000) => new()
    {
        Type = TxType.DynamicFee, ChainId = 1, Nonce = nonce, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
        GasLimit = gas, To = Bob, Value = 5, Sender = Alice,
    };

    static InMemoryDb FundedState()
    {
        var state = new InMemoryDb();
        state.SetAccount(Alice, new Account(0, new UInt256(1_000_000_000), Account.EmptyCodeHash));
        return state;
    }

    static BlockProcessingOptions Cancun => new() { Spec = SpecId.Cancun, ComputeStateRoot = true };

    [Fact]
    public void Transfers_produce_status_receipts_and_cumulative_gas()
    {
        var block = new Block { Header = Header(), Transactions = [Transfer(0), Transfer(1)], Withdrawals = [] };
        var result = BlockProcessor.Process(block, FundedState(), SerialTransactionsExecutor.Instance, Cancun);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(42_000, result.GasUsed);
        Assert.Equal([21_000L, 42_000L], result.Receipts.Select(r => r.CumulativeGasUsed));
        Assert.All(result.Receipts, r => Assert.True(r.Success));
        Assert.All(result.Receipts, r => Assert.Equal(TxType.DynamicFee, r.Type));
        Assert.Equal(0x02, ReceiptRlp.Encode(result.Receipts[0])[0]); // EIP-2718 typed receipt
        Assert.Equal(new UInt256(10), result.Changes.Accounts[Bob].Account!.Value.Balance);
        Assert.NotNull(result.StateRoot);
    }

    [Fact]
    public void A_transaction_beyond_the_gas_left_in_the_block_is_named()
    {
        // 50,000 gas: the first transfer uses 21,000, so a second one asking for 30,000 no longer fits.
        var block = new Block { Header = Header(gasLimit: 50_000), Transactions = [Transfer(0, 30_000), Transfer(1, 30_000)], Withdrawals = [] };
        var result = BlockProcessor.Process(block, FundedState(), SerialTransactionsExecutor.Instance, Cancun);
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.FailedTransaction);
        Assert.Contains("transaction 1", result.Error);
        Assert.Contains("29000 gas left", result.Error);
    }

    [Fact]
    public void An_invalid_transaction_fails_the_block_with_its_index()
    {
        var block = new Block { Header = Header(), Transactions = [Transfer(0), Transfer(5)], Withdrawals = [] };
        var result = BlockProcessor.Process(block, FundedState(), SerialTransactionsExecutor.Instance, Cancun);
        Assert.Equal(1, result.FailedTransaction);
        Assert.Contains("transaction 1 is invalid: nonce 5", result.Error);
    }

    [Fact]
    public void Withdrawals_credit_gwei_and_create_nothing_for_zero()
    {
        var absent = Address.FromNumber(0xdead);
        var block = new Block
        {
            Header = Header(),
            Withdrawals = [new Withdrawal(0, 1, Bob, 3), new Withdrawal(1, 2, absent, 0)],
        };
        var state = new InMemoryDb();
        var result = BlockProcessor.Process(block, state, SerialTransactionsExecutor.Instance, Cancun);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new UInt256(3_000_000_000), state.GetAccount(Bob)!.Value.Balance);
        Assert.Null(state.GetAccount(absent));
        Assert.False(result.Changes.Accounts.ContainsKey(absent));
    }

    [Fact]
    public void Body_shape_follows_the_fork()
    {
        var noWithdrawals = new Block { Header = Header() };
        Assert.Contains("no withdrawals list", BlockProcessor.Process(noWithdrawals, new InMemoryDb(), SerialTransactionsExecutor.Instance, Cancun).Error);
        var uncles = new Block { Header = Header(), Withdrawals = [], UncleHashes = [Hash256.Zero] };
        Assert.Contains("uncle", BlockProcessor.Process(uncles, new InMemoryDb(), SerialTransactionsExecutor.Instance, Cancun).Error);
    }

    sealed class RejectingExecutor : ITransactionsExecutor
    {
        public BlockExecutionOutcome Execute(ForkRules rules, BlockEnv env, IReadOnlyList<Transaction> txs, InMemoryDb state) =>
            BlockExecutionOutcome.InvalidTransaction(txs.Count - 1, "rejected by the engine");
    }

    [Fact]
    public void The_executor_seam_passes_errors_through()
    {
        var block = new Block { Header = Header(), Transactions = [Transfer(0), Transfer(1)], Withdrawals = [] };
        var result = BlockProcessor.Process(block, FundedState(), new RejectingExecutor(), Cancun);
        Assert.Equal(1, result.FailedTransaction);
        Assert.Equal("transaction 1 is invalid: rejected by the engine", result.Error);
    }

    [Fact]
    public void Two_runs_of_the_same_block_compare_equal()
    {
        var block = new Block { Header = Header(), Transactions = [Transfer(0), Transfer(1)], Withdrawals = [] };
        var a = BlockProcessor.Process(block, FundedState(), SerialTransactionsExecutor.Instance, Cancun);
        var b = BlockProcessor.Process(block, FundedState(), SerialTransactionsExecutor.Instance, Cancun);
        Assert.Null(BlockResultComparer.FirstDifference(a, b));
        var fewer = BlockProcessor.Process(new Block { Header = Header(), Transactions = [Transfer(0)], Withdrawals = [] },
            FundedState(), SerialTransactionsExecutor.Instance, Cancun);
        Assert.NotNull(BlockResultComparer.FirstDifference(a, fewer));
    }

    [Fact]
    public void Pre_Byzantium_results_without_receipt_roots_compare()
    {
        // A partial pre-state gives receipts with neither status nor root: comparing them must still work.
        var header = new BlockHeader { Number = 1, Coinbase = Coinbase, Timestamp = 1000, GasLimit = 1_000_000 };
        var legacy = new Transaction { Nonce = 0, GasPrice = 10, GasLimit = 21_000, To = Bob, Value = 5, Sender = Alice };
        var options = new BlockProcessingOptions { Spec = SpecId.Homestead };
        var a = BlockProcessor.Process(new Block { Header = header, Transactions = [legacy] }, FundedState(), SerialTransactionsExecutor.Instance, options);
        var b = BlockProcessor.Process(new Block { Header = header, Transactions = [legacy] }, FundedState(), SerialTransactionsExecutor.Instance, options);
        Assert.True(a.Succeeded, a.Error);
        Assert.Null(a.ReceiptsRoot);
        Assert.Null(BlockResultComparer.FirstDifference(a, b));
    }

    [Fact]
    public void Pre_Byzantium_receipts_carry_the_state_root_after_each_transaction()
    {
        var header = new BlockHeader { Number = 1, Coinbase = Coinbase, Timestamp = 1000, GasLimit = 1_000_000 };
        Transaction Legacy(ulong nonce) => new() { Nonce = nonce, GasPrice = 10, GasLimit = 21_000, To = Bob, Value = 5, Sender = Alice };
        var options = new BlockProcessingOptions { Spec = SpecId.Homestead, ComputeIntermediateStateRoots = true, ComputeStateRoot = true };
        var result = BlockProcessor.Process(new Block { Header = header, Transactions = [Legacy(0), Legacy(1)] },
            FundedState(), SerialTransactionsExecutor.Instance, options);
        Assert.True(result.Succeeded, result.Error);

        // Replay by hand: the root after each transaction, before the block reward.
        var replay = FundedState();
        var processor = new TransactionProcessor(ForkRules.For(SpecId.Homestead));
        var env = new BlockEnv { Number = 1, Coinbase = Coinbase, Timestamp = 1000, GasLimit = 1_000_000 };
        var roots = new List<Hash256?>();
        foreach (var tx in new[] { Legacy(0), Legacy(1) })
        {
            replay.Apply(processor.Execute(tx, env, replay).Changes);
            roots.Add(replay.ComputeStateRoot());
        }
        Assert.Equal(roots, result.Receipts.Select(r => r.PostState));
        Assert.All(result.Receipts, r => Assert.Null(r.Success));
        Assert.NotNull(result.ReceiptsRoot);
        Assert.NotEqual(roots[^1], result.StateRoot); // the 5 ETH block reward comes after the last receipt
    }
}
