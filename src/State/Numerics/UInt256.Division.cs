using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParallelEvm.State;

/// <summary>
/// Unsigned division (Knuth, TAOCP vol. 2, §4.3.1, algorithm D, on 64-bit limbs with a reciprocal-based
/// 2-by-1 step) and the modular operations built on it. EVM semantics: x / 0 = 0 and x % 0 = 0.
/// The limb loops work on small fixed-size stack buffers through pointers: no allocation, no bounds checks
/// (every index is bounded by the limb counts computed here).
/// </summary>
public readonly partial struct UInt256
{
    public static UInt256 operator /(UInt256 a, UInt256 b) { DivRem(in a, in b, out var q, out _); return q; }
    public static UInt256 operator %(UInt256 a, UInt256 b) { DivRem(in a, in b, out _, out var r); return r; }

    /// <summary>DIV: result = a / b, or 0 when b = 0. result may alias a or b.</summary>
    public static void Divide(in UInt256 a, in UInt256 b, out UInt256 result) => DivRem(in a, in b, out result, out _);

    /// <summary>MOD: result = a % b, or 0 when b = 0. result may alias a or b.</summary>
    public static void Mod(in UInt256 a, in UInt256 b, out UInt256 result) => DivRem(in a, in b, out _, out result);

    /// <summary>quotient = a / b and remainder = a % b; both 0 when b = 0. Outputs may alias the inputs.</summary>
    [SkipLocalsInit]
    public static unsafe void DivRem(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        if ((b.U1 | b.U2 | b.U3) == 0)
        {
            ulong d = b.U0;
            if (d == 0) { quotient = Zero; remainder = Zero; return; }
            if ((a.U1 | a.U2 | a.U3) == 0)
            {
                ulong x = a.U0, q = x / d;
                quotient = new UInt256(q);
                remainder = new UInt256(x - q * d);
                return;
            }
        }
        int cmp = Compare(in a, in b);
        if (cmp <= 0)
        {
            // a < b gives (0, a); a == b gives (1, 0). Read a before writing any output.
            remainder = cmp < 0 ? a : Zero;
            quotient = cmp < 0 ? Zero : One;
            return;
        }

        ulong* u = stackalloc ulong[5];
        ulong* q4 = stackalloc ulong[4];
        u[0] = a.U0; u[1] = a.U1; u[2] = a.U2; u[3] = a.U3;
        q4[0] = 0; q4[1] = 0; q4[2] = 0; q4[3] = 0;
        int m = a.U3 != 0 ? 4 : a.U2 != 0 ? 3 : a.U1 != 0 ? 2 : 1;

        if ((b.U1 | b.U2 | b.U3) == 0)
        {
            ulong rem = DivRemByLimb(u, m, b.U0, q4);
            quotient = new UInt256(q4[0], q4[1], q4[2], q4[3]);
            remainder = new UInt256(rem);
            return;
        }

        ulong* v = stackalloc ulong[4];
        v[0] = b.U0; v[1] = b.U1; v[2] = b.U2; v[3] = b.U3;
        int n = b.U3 != 0 ? 4 : b.U2 != 0 ? 3 : 2;
        DivRemKnuth(u, m, v, n, q4);
        quotient = new UInt256(q4[0], q4[1], q4[2], q4[3]);
        remainder = RemainderFrom(u, n);
    }

    /// <summary>ADDMOD: (a + b) mod m with a 257-bit intermediate; m = 0 gives 0.</summary>
    [SkipLocalsInit]
    public static unsafe UInt256 AddMod(in UInt256 a, in UInt256 b, in UInt256 m)
    {
        if (m.IsZero) return Zero;
        bool carry = AddOverflow(in a, in b, out var sum);
        if (LessThan(in a, in m) && LessThan(in b, in m))
        {
            // a + b < 2m, so one conditional subtraction reduces it (wrapping takes care of the 257th bit).
            if (carry || !LessThan(in sum, in m)) SubtractUnderflow(in sum, in m, out sum);
            return sum;
        }
        if (!carry) { DivRem(in sum, in m, out _, out var r); return r; }

        ulong* u = stackalloc ulong[6];
        ulong* q = stackalloc ulong[5];
        u[0] = sum.U0; u[1] = sum.U1; u[2] = sum.U2; u[3] = sum.U3; u[4] = 1;
        return ReduceWide(u, 5, in m, q);
    }

    /// <summary>MULMOD: (a * b) mod m with a 512-bit intermediate; m = 0 gives 0.</summary>
    [SkipLocalsInit]
    public static unsafe UInt256 MulMod(in UInt256 a, in UInt256 b, in UInt256 m)
    {
        if (m.IsZero) return Zero;
        MultiplyFull(in a, in b, out var lo, out var hi);
        if (hi.IsZero) { DivRem(in lo, in m, out _, out var r); return r; }

        ulong* u = stackalloc ulong[9];
        ulong* q = stackalloc ulong[8];
        u[0] = lo.U0; u[1] = lo.U1; u[2] = lo.U2; u[3] = lo.U3;
        u[4] = hi.U0; u[5] = hi.U1; u[6] = hi.U2; u[7] = hi.U3;
        int len = hi.U3 != 0 ? 8 : hi.U2 != 0 ? 7 : hi.U1 != 0 ? 6 : 5;
        return ReduceWide(u, len, in m, q);
    }

    /// <summary>
    /// u mod m for a dividend of len limbs (5..8, top limb non-zero, so u ≥ 2^256 &gt; m ≠ 0).
    /// u needs len + 1 slots and is clobbered; q needs len slots.
    /// </summary>
    [SkipLocalsInit]
    static unsafe UInt256 ReduceWide(ulong* u, int len, in UInt256 m, ulong* q)
    {
        if ((m.U1 | m.U2 | m.U3) == 0) return new UInt256(DivRemByLimb(u, len, m.U0, q));
        ulong* v = stackalloc ulong[4];
        v[0] = m.U0; v[1] = m.U1; v[2] = m.U2; v[3] = m.U3;
        int n = m.U3 != 0 ? 4 : m.U2 != 0 ? 3 : 2;
        DivRemKnuth(u, len, v, n, q);
        return RemainderFrom(u, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static unsafe UInt256 RemainderFrom(ulong* u, int n) =>
        new(u[0], u[1], n > 2 ? u[2] : 0, n > 3 ? u[3] : 0);

    /// <summary>
    /// Divides u[0..m) by the single non-zero limb d: writes quotient limbs q[0..m) and returns the remainder.
    /// u and q may be the same buffer.
    /// </summary>
    static unsafe ulong DivRemByLimb(ulong* u, int m, ulong d, ulong* q)
    {
        // Normalize so the divisor's top bit is set; the dividend is shifted on the fly.
        int s = BitOperations.LeadingZeroCount(d);
        ulong dn = d << s;
        ulong recip = Reciprocal(dn);
        // Bits shifted out of the top limb start the remainder; (x >> 1) >> (63 - s) is x >> (64 - s)
        // without the undefined-for-64 shift when s = 0. The start is below 2^s ≤ dn, as Div2By1 needs.
        ulong rem = (u[m - 1] >> 1) >> (63 - s);
        for (int i = m - 1; i >= 0; i--)
        {
            ulong lower = i > 0 ? u[i - 1] : 0;
            ulong digit = (u[i] << s) | ((lower >> 1) >> (63 - s));
            q[i] = Div2By1(rem, digit, dn, recip, out rem);
        }
        return rem >> s;
    }

    /// <summary>
    /// Knuth's algorithm D for n ≥ 2 divisor limbs (v[n-1] ≠ 0) and m ≥ n dividend limbs.
    /// u needs m + 1 slots; on return u[0..n) holds the remainder. v is normalized in place.
    /// Writes quotient limbs q[0..m-n].
    /// </summary>
    static unsafe void DivRemKnuth(ulong* u, int m, ulong* v, int n, ulong* q)
    {
        // D1: normalize so the divisor's top limb has its high bit set; the dividend gains limb u[m].
        int s = BitOperations.LeadingZeroCount(v[n - 1]);
        ShiftLeftInPlace(v, n, s);
        u[m] = ShiftLeftInPlace(u, m, s);

        ulong d1 = v[n - 1], d2 = v[n - 2];
        ulong recip = Reciprocal(d1);
        for (int j = m - n; j >= 0; j--)
        {
            // D3: estimate q̂ from the top two limbs of the current window, then refine it with the next
            // limb so that it is at most one too large.
            ulong* w = u + j;
            ulong u2 = w[n], u1 = w[n - 1], u0 = w[n - 2];
            ulong qhat, rhat;
            bool rhatOverflow;
            if (u2 >= d1)
            {
                // The estimate would be ≥ 2^64 (u2 == d1 by the loop invariant): clamp to 2^64 - 1.
                qhat = ulong.MaxValue;
                rhat = u1 + d1;
                rhatOverflow = rhat < u1;
            }
            else
            {
                qhat = Div2By1(u2, u1, d1, recip, out rhat);
                rhatOverflow = false;
            }
            while (!rhatOverflow)
            {
                ulong ph = Math.BigMul(qhat, d2, out ulong pl);
                if (ph < rhat || (ph == rhat && pl <= u0)) break;
                qhat--;
                rhat += d1;
                rhatOverflow = rhat < d1;
            }

            // D4: subtract q̂·v from the window.
            ulong k = 0;
            for (int i = 0; i < n; i++)
            {
                ulong hi = MulAdd(qhat, v[i], k, out ulong lo);
                ulong x = w[i];
                w[i] = x - lo;
                k = hi + (x < lo ? 1UL : 0UL);
            }
            ulong top = w[n];
            w[n] = top - k;

            // D5/D6: the rare case where q̂ was still one too large: add v back once.
            if (top < k)
            {
                qhat--;
                ulong c = 0;
                for (int i = 0; i < n; i++) w[i] = AddCarry(w[i], v[i], ref c);
                w[n] += c;
            }
            q[j] = qhat;
        }

        // D8: un-normalize the remainder (the low n limbs; u[n] is zero by now).
        if (s != 0)
        {
            for (int i = 0; i < n - 1; i++) u[i] = (u[i] >> s) | (u[i + 1] << (64 - s));
            u[n - 1] >>= s;
        }
    }

    /// <summary>x[0..len) &lt;&lt;= s (0 ≤ s &lt; 64); returns the bits shifted out of the top.</summary>
    static unsafe ulong ShiftLeftInPlace(ulong* x, int len, int s)
    {
        if (s == 0) return 0;
        ulong carry = 0;
        for (int i = 0; i < len; i++)
        {
            ulong limb = x[i];
            x[i] = (limb << s) | carry;
            carry = limb >> (64 - s);
        }
        return carry;
    }
}
