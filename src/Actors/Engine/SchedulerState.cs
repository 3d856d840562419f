using ParallelEvm.Actors.Graph;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// The Block-STM scheduling rules as a plain, single-threaded class (the scheduler actor owns one and only moves
/// messages in and out). Follows Gelashvili et al., "Block-STM" (2022), with the shared counters replaced by
/// fields because only one thread ever touches them:
/// <list type="bullet">
/// <item>executions go out lowest index first; an aborted transaction returns as its next incarnation;</item>
/// <item>a validation index sweeps upward over executed transactions and is pulled back whenever a lower
/// transaction aborts or writes a location it had not written before (invariants 3 and 4);</item>
/// <item>the block is done when both indices passed the end and no task is in flight (invariant 5).</item>
/// </list>
/// With a <see cref="TransactionGraph"/> (ARCHITECTURE.md §4), a transaction's first incarnation is held back until
/// its predicted dependencies have executed, unless they all run before it on the executor it goes to; a held-back
/// dependent goes out right behind its last dependency, on the same executor (the chain runs back-to-back and reads
/// the fresh writes). Hints never pull a transaction ahead of lower ones the order has not reached: overtaking
/// transactions the graph did not link is what makes unpredicted conflicts abort. Hints only decide order:
/// validation still checks every read.
/// </summary>
public sealed class SchedulerState
{
    readonly TxStatus[] _status;
    readonly int[] _incarnation;
    readonly List<int>?[] _dependents;
    readonly PriorityQueue<int, int> _reExecutions = new();
    readonly Queue<int> _singleValidations = new();
    readonly TransactionGraph? _graph;
    // Per transaction, with a graph: predicted dependencies that have not executed yet, and whether it waits for them.
    readonly int[]? _unexecutedDependencies;
    readonly bool[]? _heldBack;
    readonly bool[]? _executedOnce;
    // The executor each transaction last started on (see BeginBatch), plus one (0: never): an executor runs its
    // batches in order, so a dependency handed to it before runs before a dependent handed to it now.
    readonly int[]? _startedOn;
    int _batchExecutor;
    int _executionIndex;
    int _validationIndex;

    public SchedulerState(int transactionCount, TransactionGraph? graph = null)
    {
        Count = transactionCount;
        _status = new TxStatus[transactionCount];
        _incarnation = new int[transactionCount];
        _dependents = new List<int>?[transactionCount];
        if (graph is null || graph.EdgeCount == 0) return;
        if (graph.Count != transactionCount) throw new ArgumentException($"the graph has {graph.Count} transactions, the block {transactionCount}");
        _graph = graph;
        _unexecutedDependencies = new int[transactionCount];
        _heldBack = new bool[transactionCount];
        _executedOnce = new bool[transactionCount];
        _startedOn = new int[transactionCount];
        for (int tx = 0; tx < transactionCount; tx++) _unexecutedDependencies[tx] = graph.DependenciesOf(tx).Length;
    }

    /// <summary>First incarnations held back until their predicted dependencies executed.</summary>
    public long HeldBack { get; private set; }

    /// <summary>Transactions handed out right behind their last predicted dependency, in the same batch.</summary>
    public long Chained { get; private set; }

    public int Count { get; }
    public int ActiveExecutions { get; private set; }
    public int ActiveValidations { get; private set; }
    public long Executions { get; private set; }
    public long Aborts { get; private set; }
    public long Suspensions { get; private set; }
    public long ValidationsStarted { get; private set; }

    public TxStatus StatusOf(int tx) => _status[tx];
    public int IncarnationOf(int tx) => _incarnation[tx];

    public bool IsDone =>
        _executionIndex >= Count && _reExecutions.Count == 0 && _validationIndex >= Count
        && _singleValidations.Count == 0 && ActiveExecutions == 0 && ActiveValidations == 0;

    /// <summary>Transactions ready to start now (fresh or re-executions).</summary>
    public int ReadyCount => Math.Max(0, Count - _executionIndex) + _reExecutions.Count;

    /// <summary>The next transaction to execute, lowest index first.</summary>
    public bool TryNextExecution(out int tx, out int incarnation)
    {
        while (_reExecutions.TryPeek(out int candidate, out _) && (_executionIndex >= Count || candidate < _executionIndex))
        {
            _reExecutions.Dequeue();
            if (TryStart(candidate, out tx, out incarnation)) return true;
        }
        while (_executionIndex < Count)
        {
            int candidate = _executionIndex++;
            if (HoldBack(candidate)) continue;
            if (TryStart(candidate, out tx, out incarnation)) return true;
        }
        while (_reExecutions.TryDequeue(out int candidate, out _))
            if (TryStart(candidate, out tx, out incarnation)) return true;
        tx = incarnation = -1;
        return false;
    }

    /// <summary>
    /// The executions handed out next go, in order, to executor <paramref name="executor"/> (0-based), which runs
    /// its batches in the order it gets them. Without calls (unit tests of the rules alone) no dependency counts as
    /// running ahead on the same executor.
    /// </summary>
    public void BeginBatch(int executor = 0) => _batchExecutor = executor + 1;

    /// <summary>
    /// Parks a first incarnation whose predicted dependencies have not all executed; they release it. Dependencies
    /// running on the executor this batch goes to do not count: they run before it, on the same executor. Parking it
    /// for them would only let higher transactions overtake it (with one executor on mainnet block 12159808, every
    /// such overtaking that the graph had not predicted became an abort) and wait for a whole batch to report back.
    /// </summary>
    bool HoldBack(int tx)
    {
        if (_unexecutedDependencies is null || _unexecutedDependencies[tx] == 0 || _status[tx] != TxStatus.ReadyToExecute) return false;
        if (AllUnexecutedDependenciesOnThisExecutor(tx)) return false;
        _heldBack![tx] = true;
        HeldBack++;
        return true;
    }

    bool AllUnexecutedDependenciesOnThisExecutor(int tx)
    {
        if (_batchExecutor == 0) return false;
        foreach (int dependency in _graph!.DependenciesOf(tx))
        {
            if (_executedOnce![dependency]) continue;
            if (_status[dependency] != TxStatus.Executing || _startedOn![dependency] != _batchExecutor) return false;
        }
        return true;
    }

    /// <summary>
    /// A transaction to run right after <paramref name="tx"/> on the same executor: a dependent whose only unexecuted
    /// predicted dependency is <paramref name="tx"/>, not started yet, and which the lowest-first order has already
    /// reached (it was held back, or it is the very next one). A dependent further up is left for that order: run
    /// early, it would overtake every transaction in between, and any of them the graph did not predict to conflict
    /// with it then aborts it (one executor on mainnet block 12159808: 30 re-executions this way, none in order).
    /// </summary>
    public bool TryNextInChain(int tx, out int follower, out int incarnation)
    {
        follower = incarnation = -1;
        if (_graph is null) return false;
        foreach (int dependent in _graph.DependentsOf(tx))
        {
            if (_unexecutedDependencies![dependent] != 1 || _status[dependent] != TxStatus.ReadyToExecute || _incarnation[dependent] != 0) continue;
            bool reached = _heldBack![dependent] || dependent == _executionIndex;
            if (!reached) continue;
            // Its last dependency runs just before it: nothing left to wait for.
            _unexecutedDependencies[dependent] = 0;
            _heldBack[dependent] = false;
            if (dependent == _executionIndex) _executionIndex++;
            if (!TryStart(dependent, out follower, out incarnation)) continue;
            Chained++;
            return true;
        }
        return false;
    }

    /// <summary>A transaction's first execution finished: its dependents have one dependency less to wait for.</summary>
    void ReleaseDependents(int tx)
    {
        if (_graph is null || _executedOnce![tx]) return;
        _executedOnce[tx] = true;
        foreach (int dependent in _graph.DependentsOf(tx))
        {
            if (_unexecutedDependencies![dependent] == 0 || --_unexecutedDependencies[dependent] > 0 || !_heldBack![dependent]) continue;
            _heldBack[dependent] = false;
            _reExecutions.Enqueue(dependent, dependent);
        }
    }

    bool TryStart(int tx, out int txOut, out int incarnation)
    {
        txOut = tx;
        incarnation = _incarnation[tx];
        if (_status[tx] != TxStatus.ReadyToExecute) return false;
        if (_startedOn is not null) _startedOn[tx] = _batchExecutor;
        _status[tx] = TxStatus.Executing;
        ActiveExecutions++;
        Executions++;
        return true;
    }

    /// <summary>The next executed transaction to validate in the current sweep.</summary>
    public bool TryNextValidation(out int tx, out int incarnation)
    {
        while (_singleValidations.TryDequeue(out int single))
            if (TryValidate(single, out tx, out incarnation)) return true;
        // The sweep validates in index order and waits at a transaction still running, rather than skipping it
        // as Block-STM does: a skipped transaction's first incarnation always writes new locations, which would
        // pull the sweep back over everything validated above it (measured: ~1.7 validations per transaction on
        // independent transfers with skipping, ~1.0 without).
        if (_validationIndex < Count && TryValidate(_validationIndex, out tx, out incarnation))
        {
            _validationIndex++;
            return true;
        }
        tx = incarnation = -1;
        return false;
    }

    bool TryValidate(int candidate, out int tx, out int incarnation)
    {
        tx = candidate;
        incarnation = _incarnation[candidate];
        if (_status[candidate] != TxStatus.Executed) return false;
        ValidationsStarted++;
        return true;
    }

    /// <summary>A validation was sent out in <paramref name="parts"/> pieces (one per shard holding reads).</summary>
    public void ValidationDispatched(int parts) => ActiveValidations += parts;

    /// <summary>One shard's part of a validation came back.</summary>
    public void ValidationPartDone() => ActiveValidations--;

    /// <summary>
    /// An incarnation finished and published its writes. Wakes the transactions that waited for it, and
    /// decides what must be validated again (invariant 4).
    /// </summary>
    public void FinishExecution(int tx, int incarnation, bool wroteNewLocation)
    {
        ActiveExecutions--;
        if (_incarnation[tx] != incarnation || _status[tx] != TxStatus.Executing) return;
        _status[tx] = TxStatus.Executed;
        ResumeDependents(tx);
        ReleaseDependents(tx);
        if (_validationIndex > tx)
        {
            // The sweep already passed it: everything above must be validated again if it wrote somewhere new
            // (a reader may have missed the write); otherwise only this transaction needs a look.
            if (wroteNewLocation) _validationIndex = tx;
            else _singleValidations.Enqueue(tx);
        }
    }

    /// <summary>
    /// The incarnation read an ESTIMATE written by <paramref name="blockingTx"/> (invariant 2): it waits until the
    /// blocker's next incarnation finishes, or is ready at once if that already happened.
    /// </summary>
    public void Suspend(int tx, int incarnation, int blockingTx)
    {
        ActiveExecutions--;
        Suspensions++;
        if (_incarnation[tx] != incarnation || _status[tx] != TxStatus.Executing) return;
        if (_status[blockingTx] == TxStatus.Executed)
        {
            MakeReady(tx);
            return;
        }
        _status[tx] = TxStatus.Aborting;
        (_dependents[blockingTx] ??= new List<int>()).Add(tx);
    }

    /// <summary>A validation found a changed read. Only the first report per incarnation aborts (invariant 1).</summary>
    public bool TryAbort(int tx, int incarnation)
    {
        if (_incarnation[tx] != incarnation || _status[tx] != TxStatus.Executed) return false;
        Aborts++;
        _status[tx] = TxStatus.Aborting;
        MakeReady(tx);
        // Everything above may have read this transaction's writes: validate it all again after the re-run.
        _validationIndex = Math.Min(_validationIndex, tx + 1);
        return true;
    }

    /// <summary>The executor running this incarnation crashed: run it again as the next incarnation.</summary>
    public void Abandon(int tx, int incarnation)
    {
        ActiveExecutions--;
        if (_incarnation[tx] != incarnation || _status[tx] != TxStatus.Executing) return;
        _status[tx] = TxStatus.Aborting;
        MakeReady(tx);
        _validationIndex = Math.Min(_validationIndex, tx + 1);
    }

    void MakeReady(int tx)
    {
        _incarnation[tx]++;
        _status[tx] = TxStatus.ReadyToExecute;
        if (tx < _executionIndex) _reExecutions.Enqueue(tx, tx);
    }

    void ResumeDependents(int tx)
    {
        var waiting = _dependents[tx];
        if (waiting is null) return;
        _dependents[tx] = null;
        foreach (int dependent in waiting)
            if (_status[dependent] == TxStatus.Aborting) MakeReady(dependent);
    }
}
