namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 BLS12_MAP_FP2_TO_G2 at 0x11 (Prague onwards): one Fp2 element c0 ‖ c1 (two 64-byte padded Fp elements)
/// in, the 256-byte encoding of its image under <see cref="MapToCurve.ToG2"/> out.
/// </summary>
public sealed class MapFp2ToG2Precompile : Precompile
{
    public static readonly MapFp2ToG2Precompile Instance = new();

    public const int InputLength = 2 * PaddedField.Length;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Eip2537Gas.MapFp2ToG2;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length != InputLength ||
            !PaddedField.TryRead(input[..PaddedField.Length], out Fp c0) ||
            !PaddedField.TryRead(input[PaddedField.Length..], out Fp c1))
            return false;
        output = G2.EncodeUncompressed(MapToCurve.ToG2(new Fp2(c0, c1)));
        return true;
    }
}
