namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>0x06 ECADD on alt_bn128 G1 (EIP-196), priced by EIP-1108 from Istanbul.</summary>
public sealed class Bn254AddPrecompile : Precompile
{
    private const int InputLength = 2 * G1.EncodedLength;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => spec >= SpecId.Istanbul ? 150 : 500;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        // Short input is right-padded with zeros; bytes past 128 are ignored.
        Span<byte> padded = stackalloc byte[InputLength];
        padded.Clear();
        input[..Math.Min(input.Length, InputLength)].CopyTo(padded);

        if (!G1.TryRead(padded[..64], out Fp x1, out Fp y1) || !G1.TryRead(padded[64..], out Fp x2, out Fp y2))
        {
            output = [];
            return false;
        }
        JacobianPoint<Fp> sum = JacobianPoint<Fp>.Add(G1.ToJacobian(x1, y1), G1.ToJacobian(x2, y2));
        output = new byte[G1.EncodedLength];
        G1.Write(sum, output);
        return true;
    }
}
