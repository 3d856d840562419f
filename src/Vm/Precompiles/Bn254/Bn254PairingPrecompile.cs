namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// 0x08 pairing check on alt_bn128 (EIP-197): input is k pairs (G1 point, G2 point) of 192 bytes; output is the
/// 32-byte word 1 when Π e(Pᵢ, Qᵢ) = 1, else 0. Priced by EIP-1108 from Istanbul.
/// </summary>
public sealed class Bn254PairingPrecompile : Precompile
{
    private const int PairLength = G1.EncodedLength + G2.EncodedLength;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec)
    {
        long pairs = input.Length / PairLength;
        return spec >= SpecId.Istanbul ? 45000 + 34000 * pairs : 100000 + 80000 * pairs;
    }

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length % PairLength != 0) return false;

        int count = input.Length / PairLength;
        var p = new (Fp X, Fp Y)[count];
        var q = new (Fp2 X, Fp2 Y)[count];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> pair = input.Slice(i * PairLength, PairLength);
            if (!G1.TryRead(pair[..G1.EncodedLength], out p[i].X, out p[i].Y)) return false;
            if (!G2.TryRead(pair[G1.EncodedLength..], out q[i].X, out q[i].Y)) return false;
        }

        output = new byte[32];
        if (Pairing.IsProductOne(p, q)) output[31] = 1;
        return true;
    }
}
