namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>EIP-2537 field element encoding: 64 bytes big-endian, the top 16 bytes must be zero.</summary>
internal static class PaddedField
{
    public const int Length = 64;
    private const int Padding = Length - Fp.ByteLength;

    public static bool TryRead(ReadOnlySpan<byte> encoded, out Fp value)
    {
        value = default;
        if (encoded.Length != Length || encoded[..Padding].ContainsAnyExcept((byte)0)) return false;
        return Fp.TryFromBigEndian(encoded[Padding..], out value);
    }

    public static void Write(in Fp value, Span<byte> destination)
    {
        destination[..Padding].Clear();
        value.WriteBigEndian(destination.Slice(Padding, Fp.ByteLength));
    }
}
