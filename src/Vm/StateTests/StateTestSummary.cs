namespace ParallelEvm.Vm.StateTests;

/// <summary>Pass / fail / skip counts over any number of files.</summary>
public sealed class StateTestSummary
{
    public int Passed { get; private set; }
    public int Failed { get; private set; }
    public int Skipped { get; private set; }

    public void Add(FileOutcome file)
    {
        Passed += file.Passed;
        Failed += file.Failed;
        Skipped += file.Skipped;
    }

    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
