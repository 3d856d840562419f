namespace ParallelEvm.State;

/// <summary>
/// A thread's private supply of MVMemory location and version numbers, taken from the shared counters in blocks of
/// <see cref="BlockSize"/>: two executors adding a location each per read would otherwise bounce the counters' cache
/// line between cores on every insert. One per executor; never shared between threads.
/// </summary>
public sealed class MvWriterCursor
{
    public const int BlockSize = 64;

    internal int NextLocation, EndLocation;
    internal int NextVersion, EndVersion;
}
