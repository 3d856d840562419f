namespace ParallelEvm.State;

/// <summary>Which transaction incarnation wrote the value a read returned; <see cref="Base"/> means the state below the block.</summary>
public readonly record struct MvVersion(int TxIndex, int Incarnation)
{
    public static readonly MvVersion Base = new(-1, 0);
    /// <summary>Marks a read validated by comparing values rather than versions (see <see cref="ReadRecord"/>).</summary>
    public static readonly MvVersion ByValue = new(-2, 0);
    public bool IsBase => TxIndex == -1;
}
