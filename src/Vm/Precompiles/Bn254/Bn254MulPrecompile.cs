namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>0x07 ECMUL on alt_bn128 G1 (EIP-196), priced by EIP-1108 from Istanbul.</summary>
public sealed class Bn254MulPrecompile : Precompile
{
    private const int InputLength = G1.EncodedLength + 32;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => spec >= SpecId.Istanbul ? 6000 : 40000;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        // Short input is right-padded with zeros; bytes past 96 are ignored.
        Span<byte> padded = stackalloc byte[InputLength];
        padded.Clear();
        input[..Math.Min(input.Length, InputLength)].CopyTo(padded);

        if (!G1.TryRead(padded[..64], out Fp x, out Fp y))
        {
            output = [];
            return false;
        }
        output = new byte[G1.EncodedLength];
        if (x.IsZero && y.IsZero) return true; // [k]·O = O
        // The scalar is any 256-bit number; G1 has prime order r, so no reduction is needed for correctness.
        G1.Write(JacobianPoint<Fp>.Multiply(x, y, padded[64..]), output);
        return true;
    }
}
