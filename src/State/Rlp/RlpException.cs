namespace ParallelEvm.State;

/// <summary>Malformed or non-canonical RLP. <see cref="Offset"/> is the byte position of the offending item.</summary>
public sealed class RlpException : Exception
{
    public int Offset { get; }

    public RlpException(string problem, int offset) : base($"RLP: {problem} at offset {offset}") => Offset = offset;
}
