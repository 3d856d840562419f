namespace ParallelEvm.Vm.StateTests;

/// <summary>The outcomes of one fixture file, in fixture order.</summary>
public sealed class FileOutcome
{
    public required string RelativePath { get; init; }
    public List<VectorOutcome> Vectors { get; } = new();

    /// <summary>Vectors not run because the file has only fork keys this runner does not support (see <see cref="Note"/>).</summary>
    public int UnsupportedSkipped { get; set; }
    public string? Note { get; set; }

    public int Passed => Vectors.Count(v => v.Verdict == VectorVerdict.Passed);
    public int Failed => Vectors.Count(v => v.Verdict == VectorVerdict.Failed);
    public int Skipped => Vectors.Count(v => v.Verdict == VectorVerdict.Skipped) + UnsupportedSkipped;
}
