using ParallelEvm.State;
using ParallelEvm.State.Json;

namespace ParallelEvm.Vm.StateTests;

/// <summary>
/// Runs one vector on a fresh pre-state and judges it as ethereum/tests do (see design/STATE-TESTS.md):
/// a transaction must be rejected exactly when <c>expectException</c> is present; the post-state root and the
/// logs hash must match. A rejected transaction leaves the pre-state, less the coinbase if it is empty
/// (the coinbase gets a zero-value touch even then, and EIP-161 deletes touched empty accounts).
/// The entry's <c>txbytes</c> must decode (else the transaction is invalid) and agree with the JSON fields and
/// <c>sender</c> (else the vector fails); see <see cref="StateTestTxBytesCheck"/>.
/// </summary>
public static class StateTestJudge
{
    public static VectorOutcome Run(StateTestVector vector, StateTestExecutor execute)
    {
        var id = vector.Id;
        if (vector.LoadError is { } loadError) return Fail(id, $"fixture error: {loadError.Message}");
        try
        {
            return Judge(vector, execute, id);
        }
        catch (Exception ex)
        {
            // A VM bug fails this vector only; the run goes on.
            return Fail(id, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    static VectorOutcome Judge(StateTestVector vector, StateTestExecutor execute, string id)
    {
        var rules = ForkRules.For(StateTestForks.ToSpec(vector.Fork));
        string? invalidReason = vector.InvalidTransactionReason;
        string? mismatch = null;
        if (invalidReason is null && vector.TxBytes is { } txBytes)
        {
            var check = StateTestTxBytesCheck.Check(txBytes, vector.Transaction!, rules, vector.Test.Env.ChainId);
            invalidReason = check.InvalidReason;
            mismatch = check.Mismatch;
        }

        // A txbytes/JSON mismatch fails the vector, but the JSON transaction (the one the fixture means) still runs,
        // so the message also tells whether its execution matched.
        var outcome = Execute(vector, execute, id, rules, invalidReason);
        if (mismatch is null) return outcome;
        return Fail(id, outcome.Failed ? $"{mismatch}; {outcome.Message}" : mismatch);
    }

    static VectorOutcome Execute(StateTestVector vector, StateTestExecutor execute, string id, ForkRules rules, string? invalidReason)
    {
        var db = vector.Test.Pre.ToDb();
        TransactionResult? result = null;
        if (invalidReason is null)
        {
            result = execute(rules, vector.Transaction!, vector.Test.Env, db);
            if (!result.IsValid) invalidReason = result.Error ?? "invalid transaction (no reason given)";
        }

        if (vector.ExpectException is { } expected && invalidReason is null)
            return Fail(id, $"expected exception {expected} but transaction {Describe(result!.Status)}");
        if (vector.ExpectException is null && invalidReason is not null)
            return Fail(id, $"unexpected invalid: {invalidReason}");

        IReadOnlyList<LogEntry> logs;
        if (invalidReason is null)
        {
            db.Apply(result!.Changes);
            logs = result.Logs;
        }
        else
        {
            var coinbase = vector.Test.Env.Coinbase;
            if (db.GetAccount(coinbase) is { IsEmpty: true }) db.DeleteAccount(coinbase);
            logs = [];
        }

        var root = db.ComputeStateRoot();
        if (root != vector.ExpectedStateRoot)
        {
            var message = $"state root {root} != expected {vector.ExpectedStateRoot}";
            var diff = ExpectedStateDiff(db, vector);
            return Fail(id, diff is null ? message : $"{message}; {diff}");
        }
        var logsHash = LogsHash.Compute(logs);
        if (logsHash != vector.ExpectedLogsHash)
            return Fail(id, $"logs hash {logsHash} != expected {vector.ExpectedLogsHash} ({logs.Count} logs)");
        return new VectorOutcome(id, VectorVerdict.Passed, null);
    }

    static string? ExpectedStateDiff(InMemoryDb actual, StateTestVector vector)
    {
        try
        {
            return vector.ParseExpectedPostState() is { } expected ? PostStateDiff.FirstDifference(actual, expected) : null;
        }
        catch (FixtureFormatException ex)
        {
            return $"cannot read the expected post state: {ex.Message}";
        }
    }

    static string Describe(TransactionStatus status) => status switch
    {
        TransactionStatus.Success => "succeeded",
        TransactionStatus.Reverted => "was accepted and reverted",
        TransactionStatus.Halted => "was accepted and halted",
        _ => status.ToString(),
    };

    static VectorOutcome Fail(string id, string message) => new(id, VectorVerdict.Failed, OneLine(message));

    static string OneLine(string s) => s.Contains('\n') || s.Contains('\r') ? s.ReplaceLineEndings(" | ") : s;
}
