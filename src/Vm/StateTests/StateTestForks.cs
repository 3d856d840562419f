namespace ParallelEvm.Vm.StateTests;

/// <summary>Maps the fork keys of fixture <c>post</c> objects to <see cref="SpecId"/>.</summary>
public static class StateTestForks
{
    public static bool TryGetSpec(string forkKey, out SpecId spec)
    {
        switch (forkKey)
        {
            case "Cancun": spec = SpecId.Cancun; return true;
            case "Prague": spec = SpecId.Prague; return true;
            case "Osaka": spec = SpecId.Osaka; return true;
            default: spec = default; return false;
        }
    }

    public static SpecId ToSpec(string forkKey) =>
        TryGetSpec(forkKey, out var spec) ? spec : throw new ArgumentException($"no fork rules for fixture key '{forkKey}'", nameof(forkKey));
}
