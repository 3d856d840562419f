namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 BLS12_G2MSM at 0x0e (Prague onwards): k ≥ 1 slices of a 256-byte G2 encoding and a 32-byte big-endian
/// scalar (not reduced); output Σ [sᵢ]Pᵢ. Every point must be on the curve and in G2.
/// </summary>
public sealed class G2MsmPrecompile : Precompile
{
    public static readonly G2MsmPrecompile Instance = new();

    public const int PairLength = G2.UncompressedLength + MultiScalarMultiplication.ScalarLength;

    /// <summary>Priced on ⌊length / 288⌋ pairs; a malformed length is then rejected by <see cref="TryRun"/>.</summary>
    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Eip2537Gas.G2Msm(input.Length / PairLength);

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length == 0 || input.Length % PairLength != 0) return false;
        int count = input.Length / PairLength;
        var points = new AffinePoint<Fp2>[count];
        var scalars = new byte[count * MultiScalarMultiplication.ScalarLength];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> pair = input.Slice(i * PairLength, PairLength);
            if (!G2.TryDecodeUncompressed(pair[..G2.UncompressedLength], out points[i]) || !G2.IsInSubgroup(points[i]))
                return false;
            pair[G2.UncompressedLength..].CopyTo(scalars.AsSpan(i * MultiScalarMultiplication.ScalarLength));
        }
        output = G2.EncodeUncompressed(MultiScalarMultiplication.Compute<Fp2>(points, scalars).ToAffine());
        return true;
    }
}
