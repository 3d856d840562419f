namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 BLS12_G1ADD at 0x0b (Prague onwards): two 128-byte G1 encodings in, their sum out. Points must be on the
/// curve but, per the EIP, are NOT checked for subgroup membership.
/// </summary>
public sealed class G1AddPrecompile : Precompile
{
    public static readonly G1AddPrecompile Instance = new();

    public const int InputLength = 2 * G1.UncompressedLength;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Eip2537Gas.G1Add;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length != InputLength) return false;
        if (!G1.TryDecodeUncompressed(input[..G1.UncompressedLength], out AffinePoint<Fp> a) ||
            !G1.TryDecodeUncompressed(input[G1.UncompressedLength..], out AffinePoint<Fp> b))
            return false;
        output = G1.EncodeUncompressed(a.ToJacobian().AddAffine(b).ToAffine());
        return true;
    }
}
