namespace ParallelEvm.Vm;

/// <summary>Everything a fork changes, as data. Built once per fork.</summary>
public sealed partial class ForkRules
{
    public SpecId Spec { get; }

    ForkRules(SpecId spec) { Spec = spec; }

    static readonly ForkRules[] All = Enum.GetValues<SpecId>().Select(s => new ForkRules(s)).ToArray();

    public static ForkRules For(SpecId spec) => All[(int)spec];
}
