namespace ParallelEvm.Vm.Precompiles;

/// <summary>A precompiled contract: its gas for an input under a fork, and its output.</summary>
public abstract class Precompile
{
    /// <summary>Gas this call costs (may be long.MaxValue for inputs too large to price).</summary>
    public abstract long RequiredGas(ReadOnlySpan<byte> input, SpecId spec);

    /// <summary>Runs the precompile. False means failure: the call consumes all its gas and returns nothing.</summary>
    public abstract bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output);

    /// <summary>Words of 32 bytes an input occupies, rounded up (the unit of linear precompile prices).</summary>
    protected static long Words(int length) => (length + 31L) / 32;
}
