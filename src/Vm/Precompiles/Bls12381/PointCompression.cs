namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Flag bits of the ZCash BLS12-381 serialization (draft-irtf-cfrg-pairing-friendly-curves, appendix
/// "ZCash serialization format"), as used by EIP-4844 KZG commitments and proofs: the three most significant
/// bits of the first byte are compression (C), infinity (I) and sign (S).
/// </summary>
internal static class PointCompression
{
    public const byte CompressionFlag = 0x80;
    public const byte InfinityFlag = 0x40;
    public const byte SignFlag = 0x20;
    public const byte CoordinateMask = 0x1f;

    /// <summary>
    /// Reads I and S of a compressed encoding. False for an uncompressed form (C = 0) or infinity with the sign set.
    /// </summary>
    public static bool TryReadFlags(ReadOnlySpan<byte> encoded, out bool infinity, out bool largest)
    {
        byte first = encoded[0];
        infinity = (first & InfinityFlag) != 0;
        largest = (first & SignFlag) != 0;
        if ((first & CompressionFlag) == 0) return false;
        return !(infinity && largest);
    }

    /// <summary>The only valid compressed infinity: 0xc0 followed by zeros.</summary>
    public static bool IsCanonicalInfinity(ReadOnlySpan<byte> encoded) =>
        encoded[0] == (CompressionFlag | InfinityFlag) && !encoded[1..].ContainsAnyExcept((byte)0);
}
