namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 BLS12_MAP_FP_TO_G1 at 0x10 (Prague onwards): one 64-byte padded Fp element in, the 128-byte encoding of
/// its image under <see cref="MapToCurve.ToG1"/> out.
/// </summary>
public sealed class MapFpToG1Precompile : Precompile
{
    public static readonly MapFpToG1Precompile Instance = new();

    public const int InputLength = PaddedField.Length;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Eip2537Gas.MapFpToG1;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length != InputLength || !PaddedField.TryRead(input, out Fp u)) return false;
        output = G1.EncodeUncompressed(MapToCurve.ToG1(u));
        return true;
    }
}
