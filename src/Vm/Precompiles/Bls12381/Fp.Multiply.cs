using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

public readonly partial struct Fp
{
    /// <summary>
    /// Montgomery product a·b·2^-384 mod p, coarsely integrated operand scanning (CIOS), unrolled.
    /// Invariant: with a, b &lt; p and p &lt; 2^382 the running total stays below 2p, so it fits six limbs and
    /// one conditional subtraction at the end yields the reduced result.
    /// </summary>
    [SkipLocalsInit] // the 72 inlined multiply-adds each get a stack slot; zeroing them costs as much as the math
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp Multiply(in Fp a, in Fp b)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6, c, m;
        // limb 0 of b: t += a * b0, then divide t by 2^64 after adding the multiple m*p that clears t0
        c = 0;
        t0 = MulAdd(a.L0, b.L0, t0, ref c);
        t1 = MulAdd(a.L1, b.L0, t1, ref c);
        t2 = MulAdd(a.L2, b.L0, t2, ref c);
        t3 = MulAdd(a.L3, b.L0, t3, ref c);
        t4 = MulAdd(a.L4, b.L0, t4, ref c);
        t5 = MulAdd(a.L5, b.L0, t5, ref c);
        t6 = c;
        m = t0 * Inv;
        c = 0;
        _ = MulAdd(m, P0, t0, ref c);
        t0 = MulAdd(m, P1, t1, ref c);
        t1 = MulAdd(m, P2, t2, ref c);
        t2 = MulAdd(m, P3, t3, ref c);
        t3 = MulAdd(m, P4, t4, ref c);
        t4 = MulAdd(m, P5, t5, ref c);
        t5 = t6 + c;
        // limb 1 of b: t += a * b1, then divide t by 2^64 after adding the multiple m*p that clears t0
        c = 0;
        t0 = MulAdd(a.L0, b.L1, t0, ref c);
        t1 = MulAdd(a.L1, b.L1, t1, ref c);
        t2 = MulAdd(a.L2, b.L1, t2, ref c);
        t3 = MulAdd(a.L3, b.L1, t3, ref c);
        t4 = MulAdd(a.L4, b.L1, t4, ref c);
        t5 = MulAdd(a.L5, b.L1, t5, ref c);
        t6 = c;
        m = t0 * Inv;
        c = 0;
        _ = MulAdd(m, P0, t0, ref c);
        t0 = MulAdd(m, P1, t1, ref c);
        t1 = MulAdd(m, P2, t2, ref c);
        t2 = MulAdd(m, P3, t3, ref c);
        t3 = MulAdd(m, P4, t4, ref c);
        t4 = MulAdd(m, P5, t5, ref c);
        t5 = t6 + c;
        // limb 2 of b: t += a * b2, then divide t by 2^64 after adding the multiple m*p that clears t0
        c = 0;
        t0 = MulAdd(a.L0, b.L2, t0, ref c);
        t1 = MulAdd(a.L1, b.L2, t1, ref c);
        t2 = MulAdd(a.L2, b.L2, t2, ref c);
        t3 = MulAdd(a.L3, b.L2, t3, ref c);
        t4 = MulAdd(a.L4, b.L2, t4, ref c);
        t5 = MulAdd(a.L5, b.L2, t5, ref c);
        t6 = c;
        m = t0 * Inv;
        c = 0;
        _ = MulAdd(m, P0, t0, ref c);
        t0 = MulAdd(m, P1, t1, ref c);
        t1 = MulAdd(m, P2, t2, ref c);
        t2 = MulAdd(m, P3, t3, ref c);
        t3 = MulAdd(m, P4, t4, ref c);
        t4 = MulAdd(m, P5, t5, ref c);
        t5 = t6 + c;
        // limb 3 of b: t += a * b3, then divide t by 2^64 after adding the multiple m*p that clears t0
        c = 0;
        t0 = MulAdd(a.L0, b.L3, t0, ref c);
        t1 = MulAdd(a.L1, b.L3, t1, ref c);
        t2 = MulAdd(a.L2, b.L3, t2, ref c);
        t3 = MulAdd(a.L3, b.L3, t3, ref c);
        t4 = MulAdd(a.L4, b.L3, t4, ref c);
        t5 = MulAdd(a.L5, b.L3, t5, ref c);
        t6 = c;
        m = t0 * Inv;
        c = 0;
        _ = MulAdd(m, P0, t0, ref c);
        t0 = MulAdd(m, P1, t1, ref c);
        t1 = MulAdd(m, P2, t2, ref c);
        t2 = MulAdd(m, P3, t3, ref c);
        t3 = MulAdd(m, P4, t4, ref c);
        t4 = MulAdd(m, P5, t5, ref c);
        t5 = t6 + c;
        // limb 4 of b: t += a * b4, then divide t by 2^64 after adding the multiple m*p that clears t0
        c = 0;
        t0 = MulAdd(a.L0, b.L4, t0, ref c);
        t1 = MulAdd(a.L1, b.L4, t1, ref c);
        t2 = MulAdd(a.L2, b.L4, t2, ref c);
        t3 = MulAdd(a.L3, b.L4, t3, ref c);
        t4 = MulAdd(a.L4, b.L4, t4, ref c);
        t5 = MulAdd(a.L5, b.L4, t5, ref c);
        t6 = c;
        m = t0 * Inv;
        c = 0;
        _ = MulAdd(m, P0, t0, ref c);
        t0 = MulAdd(m, P1, t1, ref c);
        t1 = MulAdd(m, P2, t2, ref c);
        t2 = MulAdd(m, P3, t3, ref c);
        t3 = MulAdd(m, P4, t4, ref c);
        t4 = MulAdd(m, P5, t5, ref c);
        t5 = t6 + c;
        // limb 5 of b: t += a * b5, then divide t by 2^64 after adding the multiple m*p that clears t0
        c = 0;
        t0 = MulAdd(a.L0, b.L5, t0, ref c);
        t1 = MulAdd(a.L1, b.L5, t1, ref c);
        t2 = MulAdd(a.L2, b.L5, t2, ref c);
        t3 = MulAdd(a.L3, b.L5, t3, ref c);
        t4 = MulAdd(a.L4, b.L5, t4, ref c);
        t5 = MulAdd(a.L5, b.L5, t5, ref c);
        t6 = c;
        m = t0 * Inv;
        c = 0;
        _ = MulAdd(m, P0, t0, ref c);
        t0 = MulAdd(m, P1, t1, ref c);
        t1 = MulAdd(m, P2, t2, ref c);
        t2 = MulAdd(m, P3, t3, ref c);
        t3 = MulAdd(m, P4, t4, ref c);
        t4 = MulAdd(m, P5, t5, ref c);
        t5 = t6 + c;
        return ReduceOnce(t0, t1, t2, t3, t4, t5);
    }

    /// <summary>Low word of a·b + c + carry; the high word becomes the new carry (cannot overflow 128 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulAdd(ulong a, ulong b, ulong c, ref ulong carry)
    {
        // High half via MULX where available: Math.BigMul's out parameter forces a store/reload per call.
        ulong hi = Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);
        ulong lo = a * b;
        lo += c;
        hi += lo < c ? 1UL : 0UL;
        lo += carry;
        hi += lo < carry ? 1UL : 0UL;
        carry = hi;
        return lo;
    }
}
