namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// The scalar field Fr: r is the prime order of G1, G2 and GT (EIP-4844 calls it BLS_MODULUS).
/// Scalars stay big-endian byte strings here; only the range check and the order itself are needed.
/// </summary>
public static class ScalarField
{
    public const int ByteLength = 32;

    /// <summary>r = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001, big-endian.</summary>
    public static ReadOnlySpan<byte> ModulusBigEndian =>
    [
        0x73, 0xed, 0xa7, 0x53, 0x29, 0x9d, 0x7d, 0x48, 0x33, 0x39, 0xd8, 0x08, 0x09, 0xa1, 0xd8, 0x05,
        0x53, 0xbd, 0xa4, 0x02, 0xff, 0xfe, 0x5b, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01,
    ];

    /// <summary>True if the 32-byte big-endian integer is a canonical field element, i.e. below r.</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> bigEndian32) =>
        bigEndian32.Length == ByteLength && bigEndian32.SequenceCompareTo(ModulusBigEndian) < 0;
}
