namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 BLS12_G1MSM at 0x0c (Prague onwards): k ≥ 1 slices of a 128-byte G1 encoding and a 32-byte big-endian
/// scalar (not reduced); output Σ [sᵢ]Pᵢ. Every point must be on the curve and in G1.
/// </summary>
public sealed class G1MsmPrecompile : Precompile
{
    public static readonly G1MsmPrecompile Instance = new();

    public const int PairLength = G1.UncompressedLength + MultiScalarMultiplication.ScalarLength;

    /// <summary>Priced on ⌊length / 160⌋ pairs; a malformed length is then rejected by <see cref="TryRun"/>.</summary>
    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Eip2537Gas.G1Msm(input.Length / PairLength);

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length == 0 || input.Length % PairLength != 0) return false;
        int count = input.Length / PairLength;
        var points = new AffinePoint<Fp>[count];
        var scalars = new byte[count * MultiScalarMultiplication.ScalarLength];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> pair = input.Slice(i * PairLength, PairLength);
            if (!G1.TryDecodeUncompressed(pair[..G1.UncompressedLength], out points[i]) || !G1.IsInSubgroup(points[i]))
                return false;
            pair[G1.UncompressedLength..].CopyTo(scalars.AsSpan(i * MultiScalarMultiplication.ScalarLength));
        }
        output = G1.EncodeUncompressed(MultiScalarMultiplication.Compute<Fp>(points, scalars).ToAffine());
        return true;
    }
}
