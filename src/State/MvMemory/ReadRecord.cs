namespace ParallelEvm.State;

/// <summary>
/// One read a transaction made: the location and the version it saw. A coinbase read under deferred fees is
/// validated by value instead (the value depends on every lower transaction's fee), so it carries the value.
/// </summary>
public readonly record struct ReadRecord(MvKey Key, MvVersion Version, bool ByValue = false, Account? Value = null);
