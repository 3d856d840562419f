namespace ParallelEvm.State.Json;

/// <summary>The <c>indexes</c> of a post entry: which data, gasLimit and value entries the transaction uses.</summary>
public readonly record struct VectorIndexes(int Data, int Gas, int Value)
{
    public override string ToString() => $"d{Data}g{Gas}v{Value}";
}
