namespace ParallelEvm.State;

/// <summary>The two RLP item types (yellow paper appendix B): byte arrays and lists.</summary>
public enum RlpKind
{
    String,
    List,
}
