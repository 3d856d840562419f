namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 BLS12_G2ADD at 0x0d (Prague onwards): two 256-byte G2 encodings in, their sum out. Points must be on the
/// curve but, per the EIP, are NOT checked for subgroup membership.
/// </summary>
public sealed class G2AddPrecompile : Precompile
{
    public static readonly G2AddPrecompile Instance = new();

    public const int InputLength = 2 * G2.UncompressedLength;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Eip2537Gas.G2Add;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length != InputLength) return false;
        if (!G2.TryDecodeUncompressed(input[..G2.UncompressedLength], out AffinePoint<Fp2> a) ||
            !G2.TryDecodeUncompressed(input[G2.UncompressedLength..], out AffinePoint<Fp2> b))
            return false;
        output = G2.EncodeUncompressed(a.ToJacobian().AddAffine(b).ToAffine());
        return true;
    }
}
