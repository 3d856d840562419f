using Akka.Actor;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Runs transactions with its own EVM against MVMemory, publishes each finished incarnation itself, and reports a
/// whole batch at once. An exception out of the EVM crashes the actor; PreRestart tells the scheduler which tasks
/// were lost so that they are run again (invariant 7).
/// </summary>
sealed class ExecutorActor : UntypedActor
{
    readonly BlockContext _block;
    readonly IActorRef _scheduler;
    readonly TransactionProcessor _processor;
    readonly VmDb _db;
    readonly WritePublisher _publisher;
    readonly List<ExecutionOutcome> _outcomes = new();
    ExecuteBatch? _current;
    int _progress;

    public ExecutorActor(BlockContext block, IActorRef scheduler)
    {
        _block = block;
        _scheduler = scheduler;
        _processor = new TransactionProcessor(block.Request.Rules) { DefersCoinbasePayment = true };
        _db = new VmDb(block);
        _publisher = new WritePublisher(block, _db.Cursor);
    }

    public static Props Props(BlockContext block, IActorRef scheduler) => Akka.Actor.Props.Create(() => new ExecutorActor(block, scheduler));

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ExecuteBatch batch: HandleBatch(batch); break;
            default: Unhandled(message); break;
        }
    }

    void HandleBatch(ExecuteBatch batch)
    {
        _current = batch;
        _outcomes.Clear();
        for (_progress = 0; _progress < batch.Tasks.Length; _progress++)
            _outcomes.Add(Execute(batch.Tasks[_progress]));
        _current = null;
        _scheduler.Tell(new BatchCompleted(_outcomes.ToArray()));
    }

    ExecutionOutcome Execute(ExecutionTask task)
    {
        _block.Options.BeforeExecute?.Invoke(task.Tx, task.Incarnation);
        _db.Begin(task.Tx);
        TransactionResult result;
        try
        {
            result = _processor.Execute(_block.Request.Transactions[task.Tx], _block.Request.Env, _db);
        }
        catch (EstimateReadException estimate)
        {
            return new ExecutionOutcome(task.Tx, task.Incarnation, Suspended: true, estimate.BlockingTx, false);
        }
        bool wroteNew = _publisher.Publish(task.Tx, task.Incarnation, result, _db.Reads, _db.CoinbaseValue);
        return new ExecutionOutcome(task.Tx, task.Incarnation, Suspended: false, -1, wroteNew);
    }

    protected override void PreRestart(Exception reason, object message)
    {
        if (_current is { } batch)
            _scheduler.Tell(new ExecutorCrashed(_outcomes.ToArray(), batch.Tasks[_progress..], reason.Message, reason is MvMemoryFullException));
        base.PreRestart(reason, message);
    }
}
