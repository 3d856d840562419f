using System.Text;
using ParallelEvm.State;
using ParallelEvm.State.Json;
using ParallelEvm.Vm.StateTests;

namespace ParallelEvm.Vm.Tests.StateTests;

/// <summary>The judging rules of design/STATE-TESTS.md, with fake executors standing in for the VM.</summary>
public sealed class StateTestJudgeTests
{
    const string Coinbase = "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba";
    // KEC(RLP("")): the root of an empty trie; KEC(RLP([])): the logs hash of no logs.
    const string EmptyRoot = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
    const string EmptyLogs = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";

    /// <summary>
    /// A test whose pre-state holds only an empty coinbase, expecting the empty root. It has no <c>txbytes</c>, so only
    /// the judging rules apply (StateTestTxBytesTests covers the txbytes checks).
    /// </summary>
    static StateTestFile Load(string expectException = "", string value = "0x01", IEnumerable<string>? forks = null) => new StateTestLoader(forks).Parse(Encoding.UTF8.GetBytes($$"""
        { "t": {
            "env": { "currentCoinbase": "{{Coinbase}}", "currentDifficulty": "0x00", "currentGasLimit": "0x989680",
                     "currentNumber": "0x01", "currentTimestamp": "0x03e8", "currentBaseFee": "0x07" },
            "pre": { "{{Coinbase}}": { "balance": "0x00", "code": "0x", "nonce": "0x00", "storage": {} } },
            "transaction": { "data": ["0x"], "gasLimit": ["0x5208"], "gasPrice": "0x0a", "nonce": "0x00",
                             "sender": "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b", "to": "0x0000000000000000000000000000000000001000",
                             "value": ["{{value}}"] },
            "post": { "Cancun": [ { "hash": "{{EmptyRoot}}", "logs": "{{EmptyLogs}}", "indexes": { "data": 0, "gas": 0, "value": 0 }
                                    {{expectException}} } ] } } }
        """), "/f/x.json", "x.json");

    static VectorOutcome RunSingle(StateTestFile file, StateTestExecutor execute) =>
        Assert.Single(new StateTestRunner(execute: execute).Run(file).Vectors);

    static readonly StateTestExecutor Rejects = static (_, _, _, _) => TransactionResult.Invalid("insufficient funds");
    static readonly StateTestExecutor Succeeds = static (_, _, _, _) => new TransactionResult { Status = TransactionStatus.Success };

    [Fact]
    public void A_rejection_that_was_expected_passes_and_the_empty_coinbase_is_removed()
    {
        // The pre-state root (one empty account) is not the empty root: the vector passes only if the touch rule deletes it.
        var outcome = RunSingle(Load(""", "expectException": "TR_NoFunds" """), Rejects);
        Assert.Equal(VectorVerdict.Passed, outcome.Verdict);
    }

    [Fact]
    public void An_accepted_transaction_that_should_be_rejected_fails()
    {
        var outcome = RunSingle(Load(""", "expectException": "TR_NoFunds" """), Succeeds);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.Equal("expected exception TR_NoFunds but transaction succeeded", outcome.Message);
        Assert.Equal("x.json::t::Cancun::d0g0v0", outcome.Id);
    }

    [Fact]
    public void An_unexpected_rejection_fails_with_the_vm_reason()
    {
        var outcome = RunSingle(Load(), Rejects);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.Equal("unexpected invalid: insufficient funds", outcome.Message);
    }

    [Fact]
    public void A_wrong_root_names_both_roots()
    {
        // The fake changes nothing, so the empty coinbase stays and the root differs from the expected empty root.
        var outcome = RunSingle(Load(), Succeeds);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.StartsWith("state root 0x", outcome.Message);
        Assert.Contains($"!= expected {EmptyRoot}", outcome.Message);
    }

    [Fact]
    public void Applies_the_changes_before_computing_the_root()
    {
        StateTestExecutor deletesCoinbase = static (_, _, block, _) =>
        {
            var changes = new StateDiff();
            changes.GetOrAdd(block.Coinbase).Account = null;
            return new TransactionResult { Status = TransactionStatus.Success, Changes = changes };
        };
        Assert.Equal(VectorVerdict.Passed, RunSingle(Load(), deletesCoinbase).Verdict);
    }

    [Fact]
    public void Wrong_logs_fail_after_a_matching_root()
    {
        StateTestExecutor logs = static (_, _, block, _) =>
        {
            var changes = new StateDiff();
            changes.GetOrAdd(block.Coinbase).Account = null;
            return new TransactionResult
            {
                Status = TransactionStatus.Success, Changes = changes,
                Logs = [new LogEntry(Address.FromNumber(1), [], [])],
            };
        };
        var outcome = RunSingle(Load(), logs);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.StartsWith("logs hash 0x", outcome.Message);
        Assert.EndsWith("(1 logs)", outcome.Message);
    }

    [Fact]
    public void A_vm_exception_fails_that_vector_only()
    {
        StateTestExecutor throws = static (_, _, _, _) => throw new NotImplementedException("interpreter not written yet\nsecond line");
        var outcome = RunSingle(Load(), throws);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.Equal("NotImplementedException: interpreter not written yet | second line", outcome.Message);
    }

    [Fact]
    public void A_load_time_invalid_transaction_is_judged_as_rejected_without_running_the_vm()
    {
        StateTestExecutor mustNotRun = static (_, _, _, _) => throw new InvalidOperationException("the VM must not see this transaction");
        var overflow = Load(""", "expectException": "TransactionException.RLP_INVALID_VALUE" """, value: "0x:bigint 0x10000000000000000000000000000000000000000000000000000000000000001");
        Assert.Equal(VectorVerdict.Passed, RunSingle(overflow, mustNotRun).Verdict);

        var unexpected = RunSingle(Load(value: "0x:bigint 0x10000000000000000000000000000000000000000000000000000000000000001"), mustNotRun);
        Assert.Equal(VectorVerdict.Failed, unexpected.Verdict);
        Assert.StartsWith("unexpected invalid: transaction.value[0]", unexpected.Message);
    }

    [Fact]
    public void The_fork_key_picks_the_rules()
    {
        SpecId? seen = null;
        StateTestExecutor record = (rules, _, _, _) => { seen = rules.Spec; return TransactionResult.Invalid("x"); };
        RunSingle(Load(), record);
        Assert.Equal(SpecId.Cancun, seen);
    }

    [Fact]
    public void Filter_and_fork_selection_decide_what_runs()
    {
        var file = Load();
        Assert.Empty(new StateTestRunner(filter: "no-such-test", execute: Succeeds).Run(file).Vectors);
        Assert.Single(new StateTestRunner(filter: "T::CANCUN", execute: Succeeds).Run(file).Vectors);

        var skipped = Assert.Single(new StateTestRunner(execute: Succeeds).Run(Load(forks: ["Prague"])).Vectors);
        Assert.Equal(VectorVerdict.Skipped, skipped.Verdict);
        Assert.Equal("x.json::t::Cancun::d0g0v0", skipped.Id);
    }
}
