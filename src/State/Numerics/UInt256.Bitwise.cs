using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>Bitwise logic and logical shifts, plus the EVM byte-level operations BYTE and SIGNEXTEND.</summary>
public readonly partial struct UInt256
{
    public static UInt256 operator &(UInt256 a, UInt256 b) => new(a.U0 & b.U0, a.U1 & b.U1, a.U2 & b.U2, a.U3 & b.U3);
    public static UInt256 operator |(UInt256 a, UInt256 b) => new(a.U0 | b.U0, a.U1 | b.U1, a.U2 | b.U2, a.U3 | b.U3);
    public static UInt256 operator ^(UInt256 a, UInt256 b) => new(a.U0 ^ b.U0, a.U1 ^ b.U1, a.U2 ^ b.U2, a.U3 ^ b.U3);
    public static UInt256 operator ~(UInt256 a) => new(~a.U0, ~a.U1, ~a.U2, ~a.U3);

    /// <summary>
    /// Logical shifts; a shift of 256 or more gives zero. A negative count shifts the other way
    /// (as BigInteger does), truncated to 256 bits.
    /// </summary>
    public static UInt256 operator <<(UInt256 a, int n) => ShiftLeft(in a, n);
    public static UInt256 operator >>(UInt256 a, int n) => ShiftRight(in a, n);

    /// <summary>x &lt;&lt; n modulo 2^256; n ≥ 256 gives 0; a negative n shifts right by -n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 ShiftLeft(in UInt256 x, int n)
    {
        if ((uint)n < 256) return ShiftLeftCore(in x, n);
        return n > 0 || n <= -256 ? Zero : ShiftRightCore(in x, -n);
    }

    /// <summary>Logical x &gt;&gt; n; n ≥ 256 gives 0; a negative n shifts left by -n (mod 2^256).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 ShiftRight(in UInt256 x, int n)
    {
        if ((uint)n < 256) return ShiftRightCore(in x, n);
        return n > 0 || n <= -256 ? Zero : ShiftLeftCore(in x, -n);
    }

    /// <summary>SHL with a 256-bit count: shift ≥ 256 gives 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 ShiftLeft(in UInt256 x, in UInt256 shift) =>
        shift.FitsInUlong && shift.U0 < 256 ? ShiftLeftCore(in x, (int)shift.U0) : Zero;

    /// <summary>SHR with a 256-bit count: shift ≥ 256 gives 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 ShiftRight(in UInt256 x, in UInt256 shift) =>
        shift.FitsInUlong && shift.U0 < 256 ? ShiftRightCore(in x, (int)shift.U0) : Zero;

    /// <summary>SAR: arithmetic shift right; shifts of 256 or more give 0 or all ones.</summary>
    public static UInt256 ShiftRightArithmetic(in UInt256 x, in UInt256 shift)
    {
        bool negative = x.IsNegative;
        if (!shift.FitsInUlong || shift.U0 >= 256) return negative ? MaxValue : Zero;
        if (!negative) return ShiftRightCore(in x, (int)shift.U0);
        // For negative x, shifting in ones equals complementing, shifting in zeros, complementing back.
        var complement = ~x;
        return ~ShiftRightCore(in complement, (int)shift.U0);
    }

    /// <summary>x &lt;&lt; n for 0 ≤ n &lt; 256.</summary>
    static UInt256 ShiftLeftCore(in UInt256 x, int n)
    {
        ulong r0, r1, r2, r3;
        switch (n >> 6)
        {
            case 0: r0 = x.U0; r1 = x.U1; r2 = x.U2; r3 = x.U3; break;
            case 1: r0 = 0; r1 = x.U0; r2 = x.U1; r3 = x.U2; break;
            case 2: r0 = 0; r1 = 0; r2 = x.U0; r3 = x.U1; break;
            default: r0 = 0; r1 = 0; r2 = 0; r3 = x.U0; break;
        }
        int bits = n & 63;
        if (bits != 0)
        {
            int back = 64 - bits;
            r3 = (r3 << bits) | (r2 >> back);
            r2 = (r2 << bits) | (r1 >> back);
            r1 = (r1 << bits) | (r0 >> back);
            r0 <<= bits;
        }
        return new UInt256(r0, r1, r2, r3);
    }

    /// <summary>Logical x &gt;&gt; n for 0 ≤ n &lt; 256.</summary>
    static UInt256 ShiftRightCore(in UInt256 x, int n)
    {
        ulong r0, r1, r2, r3;
        switch (n >> 6)
        {
            case 0: r0 = x.U0; r1 = x.U1; r2 = x.U2; r3 = x.U3; break;
            case 1: r0 = x.U1; r1 = x.U2; r2 = x.U3; r3 = 0; break;
            case 2: r0 = x.U2; r1 = x.U3; r2 = 0; r3 = 0; break;
            default: r0 = x.U3; r1 = 0; r2 = 0; r3 = 0; break;
        }
        int bits = n & 63;
        if (bits != 0)
        {
            int back = 64 - bits;
            r0 = (r0 >> bits) | (r1 << back);
            r1 = (r1 >> bits) | (r2 << back);
            r2 = (r2 >> bits) | (r3 << back);
            r3 >>= bits;
        }
        return new UInt256(r0, r1, r2, r3);
    }

    /// <summary>SIGNEXTEND: extends the sign of byte index b (0 = least significant) of x; b ≥ 31 leaves x.</summary>
    public static UInt256 SignExtend(in UInt256 b, in UInt256 x)
    {
        if (!b.FitsInUlong || b.U0 >= 31) return x;
        int bit = (int)b.U0 * 8 + 7;
        // mask keeps bits 0..bit; everything above becomes a copy of bit number `bit`.
        var mask = ShiftRightCore(in MaxValue, 255 - bit);
        bool negative = ((x.Limb(bit >> 6) >> (bit & 63)) & 1) != 0;
        return negative ? x | ~mask : x & mask;
    }

    /// <summary>BYTE: byte i of x counted from the most significant; i ≥ 32 gives 0.</summary>
    public static UInt256 Byte(in UInt256 i, in UInt256 x)
    {
        if (!i.FitsInUlong || i.U0 >= 32) return Zero;
        int fromLow = 31 - (int)i.U0;
        return new UInt256((x.Limb(fromLow >> 3) >> ((fromLow & 7) * 8)) & 0xff);
    }
}
