using System.Numerics;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// Reads the modexp input (EIP-198): len(B) ‖ len(E) ‖ len(M) as 32-byte words, then B ‖ E ‖ M. The input is
/// infinitely right-padded with zeros, so every read past its end yields zeros; lengths and offsets may be
/// astronomically large and are never used to allocate here.
/// </summary>
static class ModExpInput
{
    public const int HeaderSize = 96;

    public static void ReadHeader(ReadOnlySpan<byte> input, out UInt256 baseLength, out UInt256 exponentLength, out UInt256 modulusLength)
    {
        Span<byte> word = stackalloc byte[32];
        CopyPadded(input, 0, word);
        baseLength = UInt256.FromBigEndian(word);
        CopyPadded(input, 32, word);
        exponentLength = UInt256.FromBigEndian(word);
        CopyPadded(input, 64, word);
        modulusLength = UInt256.FromBigEndian(word);
    }

    /// <summary>Offset of the exponent: after the header and the base.</summary>
    public static UInt256 ExponentOffset(in UInt256 baseLength) => SaturatingAdd(HeaderSize, baseLength);

    /// <summary>Offset of the modulus: after the header, the base and the exponent.</summary>
    public static UInt256 ModulusOffset(in UInt256 baseLength, in UInt256 exponentLength) =>
        SaturatingAdd(ExponentOffset(baseLength), exponentLength);

    /// <summary>Fills <paramref name="destination"/> with input bytes from <paramref name="offset"/>, zeros past the end.</summary>
    public static void CopyPadded(ReadOnlySpan<byte> input, in UInt256 offset, Span<byte> destination)
    {
        destination.Clear();
        if (!offset.FitsInUlong || offset.U0 >= (ulong)input.Length) return;
        var available = input[(int)offset.U0..];
        available[..Math.Min(available.Length, destination.Length)].CopyTo(destination);
    }

    /// <summary>The unsigned big-endian integer of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public static BigInteger ReadInteger(ReadOnlySpan<byte> input, in UInt256 offset, int length)
    {
        if (length == 0) return BigInteger.Zero;
        var bytes = new byte[length];
        CopyPadded(input, offset, bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Offsets past 2^256 lie past any input: saturating keeps them there.</summary>
    static UInt256 SaturatingAdd(in UInt256 a, in UInt256 b) =>
        UInt256.AddOverflow(a, b, out var sum) ? UInt256.MaxValue : sum;
}
