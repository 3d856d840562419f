namespace ParallelEvm.State;

/// <summary>A location of MVMemory: its key and the head of its version list (0 while nobody wrote it).</summary>
struct MvLocationEntry
{
    public MvKey Key;
    public int Hash;
    public int Head;
}
