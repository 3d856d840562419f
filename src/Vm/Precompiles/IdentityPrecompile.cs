namespace ParallelEvm.Vm.Precompiles;

/// <summary>0x04 identity (yellow paper appendix E): returns its input; 15 gas plus 3 per word.</summary>
public sealed class IdentityPrecompile : Precompile
{
    public static readonly IdentityPrecompile Instance = new();

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => 15 + 3 * Words(input.Length);

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = input.ToArray();
        return true;
    }
}
