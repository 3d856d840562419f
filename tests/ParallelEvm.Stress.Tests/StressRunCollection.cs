namespace ParallelEvm.Stress.Tests;

/// <summary>The stress runs share the machine's cores: one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StressRunCollection
{
    public const string Name = "stress runs";
}
