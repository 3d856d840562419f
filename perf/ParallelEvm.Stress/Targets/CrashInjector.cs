namespace ParallelEvm.Stress.Targets;

/// <summary>
/// The <c>EngineOptions.BeforeExecute</c> hook that makes executors crash at a given rate: each execution throws with
/// that probability, and the engine must restart the executor and redo the transaction.
/// </summary>
public sealed class CrashInjector(double rate)
{
    long _crashes;

    public double Rate { get; } = rate is >= 0 and < 1 ? rate : throw new ArgumentOutOfRangeException(nameof(rate), rate, "within [0, 1)");

    public long Crashes => Interlocked.Read(ref _crashes);

    long _shardCrashes;

    /// <summary>Validation batches an MVMemory shard actor crashed on (it is restarted; those transactions run again).</summary>
    public long ShardCrashes => Interlocked.Read(ref _shardCrashes);

    /// <summary>The <c>EngineOptions.BeforeValidate</c> hook: a shard actor crashes on a validation batch at the same rate.</summary>
    public void BeforeValidate(int shard)
    {
        if (Random.Shared.NextDouble() >= Rate) return;
        Interlocked.Increment(ref _shardCrashes);
        throw new InjectedCrashException($"injected MVMemory shard {shard} crash");
    }

    public void BeforeExecute(int transaction, int incarnation)
    {
        if (Random.Shared.NextDouble() >= Rate) return;
        Interlocked.Increment(ref _crashes);
        throw new InjectedCrashException($"injected executor crash before transaction {transaction}, incarnation {incarnation}");
    }
}
