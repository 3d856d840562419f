using Akka.Actor;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Owns one MVMemory shard's key partition for validation: checks its slice of each read set and reports the
/// whole batch at once. Shards validate in parallel with each other and with the executors, and at the end merge
/// the block's state diff, one partition of the addresses each.
/// </summary>
sealed class MvMemoryShardActor : UntypedActor
{
    readonly BlockContext _block;
    readonly IActorRef _scheduler;
    readonly int _shard;

    public MvMemoryShardActor(BlockContext block, IActorRef scheduler, int shard)
    {
        _block = block;
        _scheduler = scheduler;
        _shard = shard;
    }

    public static Props Props(BlockContext block, IActorRef scheduler, int shard) =>
        Akka.Actor.Props.Create(() => new MvMemoryShardActor(block, scheduler, shard));

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ValidateBatch batch: HandleValidate(batch); break;
            case AssembleDiffPart part:
                _scheduler.Tell(new DiffPart(part.Partition, ResultAssembler.MergePartition(part.Results, part.Partition, part.Partitions)));
                break;
            default: Unhandled(message); break;
        }
    }

    void HandleValidate(ValidateBatch batch)
    {
        _block.Options.BeforeValidate?.Invoke(_shard);
        var outcomes = new ValidationOutcome[batch.Tasks.Length];
        for (int i = 0; i < outcomes.Length; i++)
        {
            var (tx, incarnation) = batch.Tasks[i];
            var reads = Volatile.Read(ref _block.ReadSets[tx]);
            // A newer incarnation replaced the read set: this validation is moot and its result is ignored.
            bool valid = reads is null || reads.Incarnation != incarnation || ReadSetValidator.IsValid(_block, tx, reads, _shard);
            outcomes[i] = new ValidationOutcome(tx, incarnation, valid);
        }
        _scheduler.Tell(new ValidationResults(outcomes));
    }

    protected override void PreRestart(Exception reason, object message)
    {
        // Never lose a validation: report the interrupted batch as failed, which safely re-executes those transactions.
        if (message is ValidateBatch batch)
            _scheduler.Tell(new ValidationResults(batch.Tasks.Select(t => new ValidationOutcome(t.Tx, t.Incarnation, false)).ToArray()));
        else if (message is AssembleDiffPart part)
            _scheduler.Tell(new DiffPart(part.Partition, null));
        base.PreRestart(reason, message);
    }
}
