namespace ParallelEvm.State;

/// <summary>
/// Keccak-256 as Ethereum uses it (yellow paper "KEC"): the original Keccak submission padding,
/// which differs from FIPS 202 SHA3-256 only in the domain byte (0x01 instead of 0x06). Allocation-free.
/// </summary>
public static class Keccak256
{
    public const int HashSize = 32;

    /// <summary>KEC(()) = c5d24601…a470, the code hash of an account without code.</summary>
    public static readonly Hash256 OfEmpty = Hash256.Parse("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");

    public static Hash256 Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> output = stackalloc byte[HashSize];
        Hash(data, output);
        return new Hash256(output);
    }

    /// <summary>Writes the 32-byte digest of <paramref name="data"/> into <paramref name="output32"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output32)
    {
        if (output32.Length < HashSize) throw new ArgumentException($"Keccak-256 output needs 32 bytes, got {output32.Length}", nameof(output32));
        KeccakLanes state = default;
        while (data.Length >= KeccakSponge.Rate)
        {
            KeccakSponge.AbsorbBlock(ref state, data[..KeccakSponge.Rate]);
            data = data[KeccakSponge.Rate..];
        }
        KeccakSponge.AbsorbFinal(ref state, data);
        KeccakSponge.Squeeze32(ref state, output32);
    }
}
