using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParallelEvm.State;

/// <summary>The 1600-bit Keccak state as 25 little-endian lanes, inline (no heap).</summary>
[InlineArray(KeccakF1600.Lanes)]
internal struct KeccakLanes
{
    ulong _lane0;
}

/// <summary>One rate-sized block of pending input for the incremental hasher.</summary>
[InlineArray(KeccakSponge.Rate)]
internal struct KeccakBlock
{
    byte _byte0;
}

/// <summary>
/// Sponge steps for Keccak-256: rate 1088 bits (136 bytes), capacity 512 bits.
/// Ethereum uses the original Keccak padding (pad10*1 with domain bits 0x01), not FIPS 202 SHA3-256 (0x06).
/// </summary>
internal static class KeccakSponge
{
    public const int Rate = 136;
    public const int RateLanes = Rate / 8;

    /// <summary>XORs one full 136-byte block into the state and permutes.</summary>
    public static void AbsorbBlock(ref KeccakLanes state, ReadOnlySpan<byte> block)
    {
        ref ulong s = ref state[0];
        ref byte b = ref MemoryMarshal.GetReference(block);
        for (int i = 0; i < RateLanes; i++)
            Unsafe.Add(ref s, i) ^= ReadLane(ref Unsafe.Add(ref b, i * 8));
        KeccakF1600.Permute(ref s);
    }

    /// <summary>Pads the last partial block (length &lt; 136), absorbs it and permutes.</summary>
    [SkipLocalsInit]
    public static void AbsorbFinal(ref KeccakLanes state, ReadOnlySpan<byte> tail)
    {
        Span<byte> last = stackalloc byte[Rate];
        tail.CopyTo(last);
        last[tail.Length..].Clear();
        last[tail.Length] ^= 0x01;   // Keccak domain/padding start bit
        last[Rate - 1] ^= 0x80;      // pad10*1 final bit
        AbsorbBlock(ref state, last);
    }

    /// <summary>Writes the first 32 bytes of the state (one squeeze: 256 bits &lt; rate).</summary>
    public static void Squeeze32(ref KeccakLanes state, Span<byte> output32)
    {
        if (output32.Length < 32) throw new ArgumentException($"Keccak-256 output needs 32 bytes, got {output32.Length}", nameof(output32));
        BinaryPrimitives.WriteUInt64LittleEndian(output32, state[0]);
        BinaryPrimitives.WriteUInt64LittleEndian(output32[8..], state[1]);
        BinaryPrimitives.WriteUInt64LittleEndian(output32[16..], state[2]);
        BinaryPrimitives.WriteUInt64LittleEndian(output32[24..], state[3]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong ReadLane(ref byte p)
    {
        ulong v = Unsafe.ReadUnaligned<ulong>(ref p);
        return BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
    }
}
