namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 BLS12_PAIRING_CHECK at 0x0f (Prague onwards): k ≥ 1 slices of a 128-byte G1 and a 256-byte G2 encoding;
/// output is the 32-byte word 1 if Π e(Pᵢ, Qᵢ) = 1, else 0. Every point must be in its subgroup; pairs containing
/// the point at infinity contribute 1.
/// </summary>
public sealed class PairingCheckPrecompile : Precompile
{
    public static readonly PairingCheckPrecompile Instance = new();

    public const int PairLength = G1.UncompressedLength + G2.UncompressedLength;

    /// <summary>Priced on ⌊length / 384⌋ pairs; a malformed length is then rejected by <see cref="TryRun"/>.</summary>
    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Eip2537Gas.Pairing(input.Length / PairLength);

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length == 0 || input.Length % PairLength != 0) return false;
        int count = input.Length / PairLength;
        var pairs = new (AffinePoint<Fp> P, AffinePoint<Fp2> Q)[count];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> slice = input.Slice(i * PairLength, PairLength);
            if (!G1.TryDecodeUncompressed(slice[..G1.UncompressedLength], out pairs[i].P) || !G1.IsInSubgroup(pairs[i].P) ||
                !G2.TryDecodeUncompressed(slice[G1.UncompressedLength..], out pairs[i].Q) || !G2.IsInSubgroup(pairs[i].Q))
                return false;
        }
        output = new byte[32];
        if (Pairing.Check(pairs)) output[31] = 1;
        return true;
    }
}
