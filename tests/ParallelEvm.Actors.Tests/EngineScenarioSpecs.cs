using ParallelEvm.State;

namespace ParallelEvm.Actors.Tests;

/// <summary>Akka.TestKit scenarios of the Block-STM engine; each checks the whole outcome against serial execution.</summary>
public class EngineScenarioSpecs : EngineSpec
{
    // One transaction per message and one executor per transaction, so hooks control the interleaving.
    static EngineOptions Interleaved(int executors, Action<int, int>? hook = null) =>
        new() { Executors = executors, Shards = 2, MaxBatchSize = 1, BeforeExecute = hook, Adaptive = false, UseTransactionGraph = false };

    [Fact]
    public async Task Conflicting_transaction_is_requeued_as_next_incarnation()
    {
        // tx1 spends what tx0 sends it; tx0 is held back, so tx1 first runs on a stale balance and must be redone.
        var state = TransferBlocks.Funded(3, balance: 1_000_000);
        var txs = new[] { TransferBlocks.Transfer(0, 1, 500_000), TransferBlocks.Transfer(1, 2, 1_200_000) };
        var (serial, parallel) = await RunBoth(txs, state, Interleaved(2, (tx, inc) => { if (tx == 0 && inc == 0) Thread.Sleep(300); }));
        Assert.Null(serial.Error);
        AssertSameOutcome(serial, parallel);
        Assert.True(parallel.Counters.Aborts >= 1, $"expected an abort, counters: {parallel.Counters}");
        Assert.True(parallel.Counters.ReExecutions >= 1);
    }

    [Fact]
    public async Task Estimate_read_suspends_and_resumes_the_reader()
    {
        // 0 → 1 → 2 → 3 money chain. tx0 is slow, so tx1 first runs on a stale balance and is aborted; its writes
        // become ESTIMATEs while its second incarnation is slow too, so tx2's re-run must wait for it.
        var state = TransferBlocks.Funded(4, balance: 1_000_000);
        var txs = new[]
        {
            TransferBlocks.Transfer(0, 1, 700_000), TransferBlocks.Transfer(1, 2, 500_000), TransferBlocks.Transfer(2, 3, 1_200_000),
        };
        var (serial, parallel) = await RunBoth(txs, state, Interleaved(3, (tx, inc) =>
        {
            if ((tx == 0 && inc == 0) || (tx == 1 && inc == 1)) Thread.Sleep(400);
        }));
        Assert.Null(serial.Error);
        AssertSameOutcome(serial, parallel);
        Assert.True(parallel.Counters.Suspensions >= 1, $"expected a suspension, counters: {parallel.Counters}");
    }

    [Fact]
    public async Task Executor_crash_mid_block_still_yields_serial_result()
    {
        int crashes = 0;
        var txs = Enumerable.Range(0, 40).Select(i => TransferBlocks.Transfer(i % 10, 10 + i % 7, 1000, nonce: (ulong)(i / 10))).ToArray();
        var (serial, parallel) = await RunBoth(txs, TransferBlocks.Funded(20), new EngineOptions
        {
            Executors = 2, Shards = 3, MaxBatchSize = 4, Adaptive = false,
            BeforeExecute = (tx, inc) => { if (tx == 17 && Interlocked.Increment(ref crashes) == 1) throw new InvalidOperationException("injected crash"); },
        });
        Assert.Null(serial.Error);
        AssertSameOutcome(serial, parallel);
        Assert.Equal(1, parallel.Counters.ExecutorRestarts);
    }

    [Fact]
    public async Task Shard_actor_crash_mid_validation_is_supervised_and_the_result_is_identical()
    {
        // Shard 1 crashes on its first two validation batches: supervision restarts it, the interrupted validations
        // count as failed (those transactions run again), and nothing is lost.
        int crashes = 0;
        var txs = Enumerable.Range(0, 60).Select(i => TransferBlocks.Transfer(i % 12, 12 + i % 5, 1000, nonce: (ulong)(i / 12))).ToArray();
        var (serial, parallel) = await RunBoth(txs, TransferBlocks.Funded(20), new EngineOptions
        {
            Executors = 2, Shards = 2, MaxBatchSize = 4, Adaptive = false,
            BeforeValidate = shard => { if (shard == 1 && Interlocked.Increment(ref crashes) <= 2) throw new InvalidOperationException("injected shard crash"); },
        });
        Assert.Null(serial.Error);
        AssertSameOutcome(serial, parallel);
        Assert.True(crashes >= 2, $"the shard hook ran {crashes} times");
        Assert.True(parallel.Counters.Aborts >= 1, $"interrupted validations must re-run their transactions: {parallel.Counters}");
    }

    [Fact]
    public async Task Transaction_that_always_crashes_fails_the_block_with_a_clear_error()
    {
        var txs = Enumerable.Range(0, 8).Select(i => TransferBlocks.Transfer(i, 10 + i, 1000)).ToArray();
        var (_, parallel) = await RunBoth(txs, TransferBlocks.Funded(20), new EngineOptions
        {
            Executors = 2, Shards = 2, Adaptive = false, BeforeExecute = (tx, _) => { if (tx == 5) throw new InvalidOperationException("EVM bug"); },
        });
        Assert.NotNull(parallel.Error);
        Assert.Contains("transaction 5", parallel.Error);
        Assert.Contains("EVM bug", parallel.Error);
    }

    [Fact]
    public async Task Nonce_gap_gives_that_transactions_error_and_no_hang()
    {
        var txs = new[] { TransferBlocks.Transfer(0, 1, 10, nonce: 0), TransferBlocks.Transfer(0, 1, 10, nonce: 2), TransferBlocks.Transfer(2, 3, 10) };
        var (serial, parallel) = await RunBoth(txs, TransferBlocks.Funded(4), Interleaved(2));
        Assert.NotNull(serial.Error);
        Assert.Contains("transaction 1", serial.Error);
        Assert.Contains("nonce", serial.Error);
        Assert.Equal(serial.Error, parallel.Error);
        Assert.Equal(1, serial.FailedTransaction);
        Assert.Equal(1, parallel.FailedTransaction);
    }

    [Fact]
    public async Task Insufficient_balance_gives_that_transactions_error_and_no_hang()
    {
        var state = TransferBlocks.Funded(3, balance: 1_000_000);
        var txs = new[] { TransferBlocks.Transfer(0, 1, 1), TransferBlocks.Transfer(1, 2, 10_000_000) };
        var (serial, parallel) = await RunBoth(txs, state, Interleaved(2));
        Assert.NotNull(serial.Error);
        Assert.Contains("transaction 1", serial.Error);
        Assert.Contains("insufficient funds", serial.Error);
        Assert.Equal(serial.Error, parallel.Error);
    }

    [Fact]
    public async Task Transaction_made_valid_by_a_lower_one_is_not_an_error()
    {
        // tx1 can only pay because tx0 funds it: an optimistic first run sees "insufficient funds", which must not stick.
        var state = TransferBlocks.Funded(2, balance: 1_000_000);
        state.SetAccount(TransferBlocks.Account(5), new Account(0, 0, Account.EmptyCodeHash));
        var txs = new[] { TransferBlocks.Transfer(0, 5, 700_000), TransferBlocks.Transfer(5, 1, 300_000) };
        var (serial, parallel) = await RunBoth(txs, state, Interleaved(2, (tx, inc) => { if (tx == 0 && inc == 0) Thread.Sleep(200); }));
        Assert.Null(serial.Error);
        AssertSameOutcome(serial, parallel);
    }

    [Fact]
    public async Task Empty_block_has_no_results_and_no_changes()
    {
        var (serial, parallel) = await RunBoth([], TransferBlocks.Funded(1), Interleaved(2));
        Assert.Empty(parallel.Results);
        Assert.Empty(parallel.Diff.Accounts);
        AssertSameOutcome(serial, parallel);
    }

    [Fact]
    public async Task One_transaction_block_equals_serial()
    {
        var (serial, parallel) = await RunBoth([TransferBlocks.Transfer(0, 1, 77)], TransferBlocks.Funded(2), Interleaved(2));
        Assert.Single(parallel.Results);
        AssertSameOutcome(serial, parallel);
        Assert.Equal(21_000, parallel.GasUsed);
    }

    [Fact]
    public async Task Dependency_chain_is_detected_and_runs_serially_in_adaptive_mode()
    {
        var txs = Enumerable.Range(0, 100).Select(i => TransferBlocks.Transfer(i, i + 1, 1_000_000)).ToArray();
        var (serial, parallel) = await RunBoth(txs, TransferBlocks.Funded(101), new EngineOptions { Executors = 2, Shards = 2 });
        AssertSameOutcome(serial, parallel);
        Assert.True(parallel.Counters.FellBackToSerial);
    }

    [Fact]
    public async Task Independent_block_stays_parallel_in_adaptive_mode()
    {
        // Above the small-block crossover (EngineOptions.SerialBelowTransactions), so adaptive mode keeps Block-STM.
        int n = new EngineOptions().SerialBelowTransactions + 22;
        var txs = Enumerable.Range(0, n).Select(i => TransferBlocks.Transfer(i, 1_000 + i, 1_000)).ToArray();
        var (serial, parallel) = await RunBoth(txs, TransferBlocks.Funded(n), new EngineOptions { Executors = 2, Shards = 2 });
        AssertSameOutcome(serial, parallel);
        Assert.False(parallel.Counters.FellBackToSerial);
        Assert.Equal(n, parallel.Counters.Validations);
        // The phases were timed (their lengths are for benchmarks, not asserted here).
        Assert.True(parallel.Counters.GraphMs > 0 && parallel.Counters.ExecutionMs > 0 && parallel.Counters.AssemblyMs > 0);
    }

    [Fact]
    public async Task Small_block_runs_serially_in_adaptive_mode()
    {
        var txs = Enumerable.Range(0, 20).Select(i => TransferBlocks.Transfer(i, 300 + i, 1_000)).ToArray();
        var (serial, parallel) = await RunBoth(txs, TransferBlocks.Funded(20), new EngineOptions { Executors = 2, Shards = 2 });
        AssertSameOutcome(serial, parallel);
        Assert.True(parallel.Counters.FellBackToSerial);
        Assert.Equal(0, parallel.Counters.Validations);
    }
}
