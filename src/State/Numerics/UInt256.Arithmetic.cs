using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>Wrapping addition, subtraction, multiplication and exponentiation modulo 2^256.</summary>
public readonly partial struct UInt256
{
    public static UInt256 operator +(UInt256 a, UInt256 b) { AddOverflow(in a, in b, out var r); return r; }
    public static UInt256 operator -(UInt256 a, UInt256 b) { SubtractUnderflow(in a, in b, out var r); return r; }
    public static UInt256 operator *(UInt256 a, UInt256 b) { Multiply(in a, in b, out var r); return r; }

    /// <summary>ADD: result = a + b mod 2^256. result may alias a or b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in UInt256 a, in UInt256 b, out UInt256 result) => AddOverflow(in a, in b, out result);

    /// <summary>SUB: result = a - b mod 2^256. result may alias a or b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Subtract(in UInt256 a, in UInt256 b, out UInt256 result) => SubtractUnderflow(in a, in b, out result);

    /// <summary>sum = a + b mod 2^256; returns true when the true sum needs 257 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AddOverflow(in UInt256 a, in UInt256 b, out UInt256 sum)
    {
        ulong c = 0;
        ulong r0 = AddCarry(a.U0, b.U0, ref c);
        ulong r1 = AddCarry(a.U1, b.U1, ref c);
        ulong r2 = AddCarry(a.U2, b.U2, ref c);
        ulong r3 = AddCarry(a.U3, b.U3, ref c);
        sum = new UInt256(r0, r1, r2, r3);
        return c != 0;
    }

    /// <summary>difference = a - b mod 2^256; returns true when a &lt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SubtractUnderflow(in UInt256 a, in UInt256 b, out UInt256 difference)
    {
        ulong c = 0;
        ulong r0 = SubBorrow(a.U0, b.U0, ref c);
        ulong r1 = SubBorrow(a.U1, b.U1, ref c);
        ulong r2 = SubBorrow(a.U2, b.U2, ref c);
        ulong r3 = SubBorrow(a.U3, b.U3, ref c);
        difference = new UInt256(r0, r1, r2, r3);
        return c != 0;
    }

    /// <summary>MUL: result = a * b mod 2^256 (only the ten partial products below 2^256). result may alias a or b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong a0 = a.U0, a1 = a.U1, a2 = a.U2, a3 = a.U3;
        ulong b0 = b.U0, b1 = b.U1, b2 = b.U2, b3 = b.U3;
        ulong c = Math.BigMul(a0, b0, out ulong r0);
        c = MulAdd(a1, b0, c, out ulong r1);
        c = MulAdd(a2, b0, c, out ulong r2);
        ulong r3 = a3 * b0 + c;

        c = MulAdd(a0, b1, r1, out r1);
        c = MulAdd(a1, b1, r2, c, out r2);
        r3 += a2 * b1 + c;

        c = MulAdd(a0, b2, r2, out r2);
        r3 += a1 * b2 + c;

        r3 += a0 * b3;
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>
    /// x² mod 2^256 with six limb products instead of ten: the cross terms x_i·x_j (i ≠ j) are formed once
    /// and doubled, then the squares x0² and x1² are added. EXP spends most of its time here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Square(in UInt256 x, out UInt256 result)
    {
        ulong x0 = x.U0, x1 = x.U1, x2 = x.U2, x3 = x.U3;
        // Cross terms: x0x1·2^64 + x0x2·2^128 + (x0x3 + x1x2)·2^192, truncated to 256 bits.
        ulong h = Math.BigMul(x0, x1, out ulong c1);
        h = MulAdd(x0, x2, h, out ulong c2);
        ulong c3 = x0 * x3 + x1 * x2 + h;
        c3 = (c3 << 1) | (c2 >> 63);
        c2 = (c2 << 1) | (c1 >> 63);
        c1 <<= 1;
        // Diagonal terms x0² and x1²·2^128.
        ulong d1 = Math.BigMul(x0, x0, out ulong r0);
        ulong d3 = Math.BigMul(x1, x1, out ulong d2);
        ulong carry = 0;
        ulong r1 = AddCarry(c1, d1, ref carry);
        ulong r2 = AddCarry(c2, d2, ref carry);
        ulong r3 = c3 + d3 + carry;
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>product = a * b mod 2^256; returns true when the true product needs more than 256 bits.</summary>
    public static bool MultiplyOverflow(in UInt256 a, in UInt256 b, out UInt256 product)
    {
        MultiplyFull(in a, in b, out product, out var high);
        return !high.IsZero;
    }

    /// <summary>The full 512-bit product a * b as low and high 256-bit halves.</summary>
    public static void MultiplyFull(in UInt256 a, in UInt256 b, out UInt256 low, out UInt256 high)
    {
        ulong a0 = a.U0, a1 = a.U1, a2 = a.U2, a3 = a.U3;
        ulong b0 = b.U0, b1 = b.U1, b2 = b.U2, b3 = b.U3;

        ulong c = Math.BigMul(a0, b0, out ulong p0);
        c = MulAdd(a1, b0, c, out ulong p1);
        c = MulAdd(a2, b0, c, out ulong p2);
        ulong p4 = MulAdd(a3, b0, c, out ulong p3);

        c = MulAdd(a0, b1, p1, out p1);
        c = MulAdd(a1, b1, p2, c, out p2);
        c = MulAdd(a2, b1, p3, c, out p3);
        ulong p5 = MulAdd(a3, b1, p4, c, out p4);

        c = MulAdd(a0, b2, p2, out p2);
        c = MulAdd(a1, b2, p3, c, out p3);
        c = MulAdd(a2, b2, p4, c, out p4);
        ulong p6 = MulAdd(a3, b2, p5, c, out p5);

        c = MulAdd(a0, b3, p3, out p3);
        c = MulAdd(a1, b3, p4, c, out p4);
        c = MulAdd(a2, b3, p5, c, out p5);
        ulong p7 = MulAdd(a3, b3, p6, c, out p6);

        low = new UInt256(p0, p1, p2, p3);
        high = new UInt256(p4, p5, p6, p7);
    }

    /// <summary>Two's-complement negation: 2^256 - x (0 for 0).</summary>
    public UInt256 Negate()
    {
        ulong c = 0;
        ulong r0 = SubBorrow(0, U0, ref c);
        ulong r1 = SubBorrow(0, U1, ref c);
        ulong r2 = SubBorrow(0, U2, ref c);
        ulong r3 = SubBorrow(0, U3, ref c);
        return new UInt256(r0, r1, r2, r3);
    }

    /// <summary>EXP modulo 2^256 by left-to-right square-and-multiply (at most 2·256 multiplications).</summary>
    public static UInt256 Exp(in UInt256 b, in UInt256 e)
    {
        if (e.IsZero) return One;               // 0^0 = 1 as in the yellow paper
        if (b.FitsInUlong && b.U0 <= 2)
        {
            // Frequent in contracts (2**n): a plain shift; 0^e = 0 and 1^e = 1 for e > 0.
            if (b.U0 < 2) return b;
            return e.FitsInUlong && e.U0 < 256 ? ShiftLeft(One, (int)e.U0) : Zero;
        }
        UInt256 baseValue = b;
        UInt256 result = b;
        for (int i = e.BitLength - 2; i >= 0; i--)
        {
            Square(in result, out result);
            if (((e.Limb(i >> 6) >> (i & 63)) & 1) != 0) Multiply(in result, in baseValue, out result);
        }
        return result;
    }
}
