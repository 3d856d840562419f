namespace ParallelEvm.Stress.Blocks;

/// <summary>A payload refused before execution, with the kind of problem and a message naming the field or transaction.</summary>
public sealed class BadBlockInputException(BadInputKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public BadInputKind Kind { get; } = kind;
}
