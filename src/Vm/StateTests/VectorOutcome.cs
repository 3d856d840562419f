namespace ParallelEvm.Vm.StateTests;

public enum VectorVerdict { Passed, Failed, Skipped }

/// <summary>
/// The result of one vector (or of a fixture file or test that could not be loaded, which counts as one failure).
/// <see cref="Id"/> is <c>path::test::fork::dNgNvN</c> (or <c>…::&lt;load&gt;</c>); <see cref="Message"/> is one line.
/// </summary>
public sealed record VectorOutcome(string Id, VectorVerdict Verdict, string? Message)
{
    public bool Failed => Verdict == VectorVerdict.Failed;

    public override string ToString() => Message is null ? $"{Verdict.ToString().ToUpperInvariant()} {Id}" : $"{Verdict.ToString().ToUpperInvariant()} {Id}: {Message}";
}
