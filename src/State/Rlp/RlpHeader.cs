using System.Numerics;

namespace ParallelEvm.State;

/// <summary>
/// RLP length prefixes (yellow paper appendix B): payloads under 56 bytes get one byte (offset + length);
/// longer ones get (offset + 55 + size of length) followed by the big-endian length.
/// </summary>
internal static class RlpHeader
{
    public const byte StringOffset = 0x80;
    public const byte ListOffset = 0xc0;
    public const int ShortLimit = 56;
    public const int MaxLength = 1 + sizeof(int);

    public static int Length(int payloadLength) =>
        payloadLength < ShortLimit ? 1 : 1 + ByteCount((uint)payloadLength);

    /// <summary>Writes a string (offset 0x80) or list (offset 0xc0) header; returns its size.</summary>
    public static int Write(Span<byte> destination, byte offset, int payloadLength)
    {
        if (payloadLength < ShortLimit)
        {
            destination[0] = (byte)(offset + payloadLength);
            return 1;
        }
        int size = ByteCount((uint)payloadLength);
        destination[0] = (byte)(offset + 55 + size);
        for (int i = size; i >= 1; i--)
        {
            destination[i] = (byte)payloadLength;
            payloadLength >>= 8;
        }
        return 1 + size;
    }

    static int ByteCount(uint value) => 4 - BitOperations.LeadingZeroCount(value) / 8;
}
