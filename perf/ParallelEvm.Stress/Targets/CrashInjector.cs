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

    public void BeforeExecute(int transaction, int incarnation)
    {
        if (Random.Shared.NextDouble() >= Rate) return;
        Interlocked.Increment(ref _crashes);
        throw new InjectedCrashException($"injected executor crash before transaction {transaction}, incarnation {incarnation}");
    }
}
