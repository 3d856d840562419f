using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>Single-limb building blocks: add/subtract with carry, multiply-accumulate, 2-by-1 division.</summary>
public readonly partial struct UInt256
{
    /// <summary>a + b + carry; carry (0 or 1) is updated with the carry out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong AddCarry(ulong a, ulong b, ref ulong carry)
    {
        ulong s = a + b;
        ulong c = s < a ? 1UL : 0UL;
        ulong r = s + carry;
        // At most one of the two additions can wrap.
        carry = c | (r < s ? 1UL : 0UL);
        return r;
    }

    /// <summary>a - b - borrow; borrow (0 or 1) is updated with the borrow out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong SubBorrow(ulong a, ulong b, ref ulong borrow)
    {
        ulong d = a - b;
        ulong c = a < b ? 1UL : 0UL;
        ulong r = d - borrow;
        borrow = c | (d < borrow ? 1UL : 0UL);
        return r;
    }

    /// <summary>a*b + c as (returned high, lo); cannot overflow 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MulAdd(ulong a, ulong b, ulong c, out ulong lo)
    {
        ulong hi = Math.BigMul(a, b, out ulong l);
        l += c;
        lo = l;
        return hi + (l < c ? 1UL : 0UL);
    }

    /// <summary>a*b + c + d as (returned high, lo); (2^64-1)^2 + 2(2^64-1) = 2^128-1 still fits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MulAdd(ulong a, ulong b, ulong c, ulong d, out ulong lo)
    {
        ulong hi = Math.BigMul(a, b, out ulong l);
        l += c;
        hi += l < c ? 1UL : 0UL;
        l += d;
        lo = l;
        return hi + (l < d ? 1UL : 0UL);
    }

    /// <summary>
    /// Reciprocal of a normalized divisor (top bit set): floor((2^128 - 1) / d) - 2^64, which lets
    /// <see cref="Div2By1"/> divide with multiplications only (Möller and Granlund,
    /// "Improved division by invariant integers", IEEE Trans. Computers 2011).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Reciprocal(ulong d) => (ulong)(new UInt128(~d, ulong.MaxValue) / d);

    /// <summary>
    /// (u1·2^64 + u0) / d for a normalized d and u1 &lt; d, using the precomputed reciprocal v
    /// (algorithm 4 of Möller–Granlund). Returns the quotient; the remainder goes to rem.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Div2By1(ulong u1, ulong u0, ulong d, ulong v, out ulong rem)
    {
        ulong q1 = Math.BigMul(v, u1, out ulong q0);
        q0 += u0;
        q1 += u1 + (q0 < u0 ? 1UL : 0UL);
        q1++;
        ulong r = u0 - q1 * d;
        if (r > q0) { q1--; r += d; }
        if (r >= d) { q1++; r -= d; }
        rem = r;
        return q1;
    }
}
