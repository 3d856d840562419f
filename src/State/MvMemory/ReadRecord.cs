namespace ParallelEvm.State;

/// <summary>
/// One read a transaction made: the MVMemory location number and the version it saw (12 bytes, so read sets stay
/// small and hold no references). A coinbase read under deferred fees is validated by value instead (the value
/// depends on every lower transaction's fee): its version is <see cref="MvVersion.ByValue"/> and the value is kept
/// once per read set.
/// </summary>
public readonly record struct ReadRecord(int Location, MvVersion Version)
{
    public bool ByValue => Version == MvVersion.ByValue;
}
