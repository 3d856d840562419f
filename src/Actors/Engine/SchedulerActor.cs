using Akka.Actor;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Supervises one block's executors and shard actors and drives <see cref="SchedulerState"/>: results come in as
/// batches, work and validations go out as batches. The actor only moves messages; the rules live in the state.
/// When the block is done it assembles the result, completes the caller's task and stops (with its children).
/// </summary>
sealed class SchedulerActor : UntypedActor
{
    readonly BlockContext _block;
    readonly SchedulerState _state;
    // Free batch slots, by executor number: each executor may hold BatchesInFlight batches (its mailbox runs them in order).
    readonly Stack<int> _freeSlots = new();
    IActorRef[] _executors = [];
    readonly int[] _crashes;
    readonly List<ValidationTask>[] _validationsByShard;
    readonly List<ExecutionTask> _batch = new();
    IActorRef[] _shards = [];
    long _messages;
    long _restarts;
    ICancelable? _timeout;
    TransactionResult[]? _assembled;
    StateDiff?[]? _diffParts;
    int _diffPartsReceived;
    // Phase boundaries for the counters (Stopwatch timestamps; 0 until reached).
    long _started, _validated, _finished;

    public SchedulerActor(BlockContext block)
    {
        _block = block;
        _state = new SchedulerState(block.Count, block.Graph);
        _crashes = new int[block.Count];
        _validationsByShard = Enumerable.Range(0, block.Options.Shards).Select(_ => new List<ValidationTask>()).ToArray();
    }

    /// <summary>The outcome goes to <see cref="BlockContext.Completion"/> (not captured here: Props outlive the block).</summary>
    public static Props Props(BlockContext block, string dispatcher) =>
        Akka.Actor.Props.Create(() => new SchedulerActor(block)).WithDispatcher(dispatcher);

    protected override SupervisorStrategy SupervisorStrategy() =>
        // Executors and shards keep no state worth keeping across a crash: restart them; their PreRestart reports
        // the interrupted work so that nothing is lost (invariant 7).
        new OneForOneStrategy(-1, -1, Decider.From(_ => Directive.Restart), loggingEnabled: false);

    protected override void PreStart()
    {
        var dispatcher = Context.Props.Dispatcher;
        _shards = Enumerable.Range(0, _block.Options.Shards)
            .Select(i => Context.ActorOf(MvMemoryShardActor.Props(_block, Self, i).WithDispatcher(dispatcher), $"shard-{i}"))
            .ToArray();
        _executors = Enumerable.Range(0, _block.Options.Executors)
            .Select(i => Context.ActorOf(ExecutorActor.Props(_block, Self).WithDispatcher(dispatcher), $"executor-{i}"))
            .ToArray();
        // Spread the first batches over all executors before anyone gets a second one.
        for (int slot = 0; slot < _block.Options.BatchesInFlight; slot++)
            for (int i = _executors.Length - 1; i >= 0; i--) _freeSlots.Push(i);
        _started = System.Diagnostics.Stopwatch.GetTimestamp();
        _timeout = Context.System.Scheduler.ScheduleTellOnceCancelable(_block.Options.Timeout, Self, BlockTimedOut.Instance, Self);
        Pump();
    }

    protected override void PostStop()
    {
        _timeout?.Cancel();
        _block.Completion?.TrySetResult(BlockExecutionResult.Failed("the engine stopped before the block finished", Counters()));
        _assembled = null;
        _diffParts = null;
        // Children stop before their parent's PostStop: nobody uses the block's working data any more.
        _block.Release();
    }

    protected override void OnReceive(object message)
    {
        _messages++;
        switch (message)
        {
            case BatchCompleted done: HandleBatchCompleted(done); break;
            case ValidationResults results: HandleValidationResults(results); break;
            case ExecutorCrashed crashed: HandleExecutorCrashed(crashed); break;
            case DiffPart part: HandleDiffPart(part); return;
            case BlockTimedOut: Fail($"the block did not finish within {_block.Options.Timeout}"); return;
            default: Unhandled(message); return;
        }
        Pump();
    }

    void HandleBatchCompleted(BatchCompleted done)
    {
        foreach (var outcome in done.Outcomes) Apply(outcome);
        _freeSlots.Push(ExecutorNumber(Sender));
    }

    void Apply(in ExecutionOutcome outcome)
    {
        if (outcome.Suspended) _state.Suspend(outcome.Tx, outcome.Incarnation, outcome.BlockingTx);
        else _state.FinishExecution(outcome.Tx, outcome.Incarnation, outcome.WroteNewLocation);
    }

    void HandleValidationResults(ValidationResults results)
    {
        foreach (var (tx, incarnation, valid) in results.Outcomes)
        {
            _state.ValidationPartDone();
            if (!valid && _state.TryAbort(tx, incarnation)) WritePublisher.MarkEstimates(_block, tx);
        }
    }

    void HandleExecutorCrashed(ExecutorCrashed crashed)
    {
        _restarts++;
        if (crashed.MemoryFull)
        {
            // Not a transaction's fault: the block touched more locations than MVMemory holds; run it serially.
            _block.FallbackRequested = true;
            Fail(crashed.Error);
            return;
        }
        foreach (var outcome in crashed.Completed) Apply(outcome);
        if (crashed.Abandoned.Length > 0)
        {
            int culprit = crashed.Abandoned[0].Tx;
            if (++_crashes[culprit] >= _block.Options.MaxCrashesPerTransaction)
            {
                Fail($"transaction {culprit} crashed its executor {_crashes[culprit]} times: {crashed.Error}");
                return;
            }
        }
        foreach (var task in crashed.Abandoned)
        {
            WritePublisher.MarkEstimates(_block, task.Tx);
            _state.Abandon(task.Tx, task.Incarnation);
        }
        _freeSlots.Push(ExecutorNumber(Sender));
    }

    /// <summary>Hands out all the work that can go out now, then checks for the end.</summary>
    void Pump()
    {
        if (TooManyConflicts())
        {
            _block.FallbackRequested = true;
            Fail("too many conflicts: falling back to serial execution");
            return;
        }
        DispatchValidations();
        DispatchExecutions();
        if (_state.IsDone) Complete();
    }

    bool TooManyConflicts()
    {
        double rate = _block.Options.FallbackAbortRate;
        return _block.Options.Adaptive && rate > 0 && _state.Aborts >= _block.Options.MinAbortsBeforeFallback && _state.Aborts > rate * _state.Executions;
    }

    void DispatchValidations()
    {
        bool any = false;
        while (_state.TryNextValidation(out int tx, out int incarnation))
        {
            var reads = _block.ReadSets[tx];
            int parts = 0;
            for (int s = 0; s < _shards.Length; s++)
            {
                if (reads is null || reads.Shard(s).Length == 0) continue;
                _validationsByShard[s].Add(new ValidationTask(tx, incarnation));
                parts++;
            }
            _state.ValidationDispatched(parts);
            any |= parts > 0;
        }
        if (!any) return;
        for (int s = 0; s < _shards.Length; s++)
        {
            if (_validationsByShard[s].Count == 0) continue;
            _shards[s].Tell(new ValidateBatch(_validationsByShard[s].ToArray()));
            _validationsByShard[s].Clear();
        }
    }

    void DispatchExecutions()
    {
        int executors = _block.Options.Executors;
        while (_freeSlots.Count > 0 && _state.ReadyCount > 0)
        {
            // Big batches keep messages rare (ARCHITECTURE.md §2); small ones keep both cores busy near the end.
            int size = Math.Clamp(_state.ReadyCount / (2 * executors), 1, _block.Options.MaxBatchSize);
            _batch.Clear();
            int executor = _freeSlots.Peek();
            _state.BeginBatch(executor);
            while (_batch.Count < size && _state.TryNextExecution(out int tx, out int incarnation))
            {
                _batch.Add(new ExecutionTask(tx, incarnation));
                // Predicted dependents ride along right behind it (§4: chains back-to-back on one executor).
                while (_batch.Count < _block.Options.MaxBatchSize && _state.TryNextInChain(tx, out int next, out int nextIncarnation))
                {
                    _batch.Add(new ExecutionTask(next, nextIncarnation));
                    tx = next;
                }
            }
            if (_batch.Count == 0) return;
            _freeSlots.Pop();
            _executors[executor].Tell(new ExecuteBatch(_batch.ToArray()));
        }
    }

    int ExecutorNumber(IActorRef executor) => Array.IndexOf(_executors, executor);

    /// <summary>Every transaction is executed and validated: fold the fees, then let the shard actors merge the diff in parallel.</summary>
    void Complete()
    {
        if (_assembled is not null) return;
        _validated = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            _assembled = ResultAssembler.Prepare(_block, Counters(), out var failure);
            if (_assembled is null)
            {
                Finish(failure!);
                return;
            }
        }
        catch (Exception e)
        {
            Finish(BlockExecutionResult.Failed($"assembling the block result failed: {e.Message}", Counters()));
            return;
        }
        _diffParts = new StateDiff?[_shards.Length];
        for (int s = 0; s < _shards.Length; s++) _shards[s].Tell(new AssembleDiffPart(_assembled, s, _shards.Length));
    }

    void HandleDiffPart(DiffPart part)
    {
        if (_diffParts is null || _assembled is null) return;
        _diffParts[part.Partition] = part.Diff ?? ResultAssembler.MergePartition(_assembled, part.Partition, _diffParts.Length);
        if (++_diffPartsReceived < _diffParts.Length) return;
        var diff = _diffParts[0]!;
        for (int s = 1; s < _diffParts.Length; s++) diff.Join(_diffParts[s]!);
        Finish(new BlockExecutionResult(_assembled, diff, Counters()));
    }

    void Finish(BlockExecutionResult result)
    {
        _timeout?.Cancel();
        _finished = System.Diagnostics.Stopwatch.GetTimestamp();
        _block.Completion?.TrySetResult(result with { Counters = result.Counters with { AssemblyMs = Milliseconds(_validated, _finished) } });
        Context.Stop(Self);
    }

    void Fail(string error)
    {
        _block.Completion?.TrySetResult(BlockExecutionResult.Failed(error, Counters()));
        Context.Stop(Self);
    }

    EngineCounters Counters() => new()
    {
        Executions = _state.Executions,
        ReExecutions = Math.Max(0, _state.Executions - _block.Count),
        Validations = _state.ValidationsStarted,
        Aborts = _state.Aborts,
        Suspensions = _state.Suspensions,
        ExecutorRestarts = _restarts,
        Messages = _messages,
        GraphEdges = _block.Graph?.EdgeCount ?? 0,
        HeldBack = _state.HeldBack,
        Chained = _state.Chained,
        MvMemoryBytes = _block.Memory?.FootprintBytes ?? 0,
        GraphMs = _block.GraphMs,
        ExecutionMs = Milliseconds(_started, _validated != 0 ? _validated : System.Diagnostics.Stopwatch.GetTimestamp()),
    };

    static double Milliseconds(long from, long to) =>
        from == 0 || to < from ? 0 : (to - from) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
