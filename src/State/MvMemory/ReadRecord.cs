namespace ParallelEvm.State;

/// <summary>
/// One read a transaction made: the location and the version it saw (72 bytes, so read sets stay small). A coinbase
/// read under deferred fees is validated by value instead (the value depends on every lower transaction's fee): its
/// version is <see cref="MvVersion.ByValue"/> and the value is kept once per read set.
/// </summary>
public readonly record struct ReadRecord(MvKey Key, MvVersion Version)
{
    public bool ByValue => Version == MvVersion.ByValue;
}
