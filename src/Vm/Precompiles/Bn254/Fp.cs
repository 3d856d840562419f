using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// An element of the BN254 base field F_p (EIP-196), p = 36u⁴+36u³+24u²+6u+1 for u = 4965661367192848881.
/// Stored in Montgomery form a·R mod p with R = 2^256 as four little-endian 64-bit limbs, always fully reduced (&lt; p),
/// so equality is limb equality. Multiplication is CIOS Montgomery (Koç, Acar, Kaliski 1996).
/// </summary>
internal readonly struct Fp : IFieldElement<Fp>, IEquatable<Fp>
{
    private readonly ulong _l0, _l1, _l2, _l3;

    // p, little-endian limbs.
    private const ulong P0 = 0x3C208C16D87CFD47, P1 = 0x97816A916871CA8D, P2 = 0xB85045B68181585D, P3 = 0x30644E72E131A029;
    // -p^-1 mod 2^64: the per-word Montgomery reduction factor.
    private const ulong NPrime = 0x87D20782E4866389;

    /// <summary>R² mod p, used to move a canonical value into Montgomery form.</summary>
    private static readonly Fp RSquared = new(0xF32CFC5B538AFA89, 0xB5E71911D44501FB, 0x47AB1EFF0A417FF6, 0x06D89F71CAB8351F);

    private Fp(ulong l0, ulong l1, ulong l2, ulong l3) { _l0 = l0; _l1 = l1; _l2 = l2; _l3 = l3; }

    public static Fp Zero => default;

    /// <summary>1 in Montgomery form, i.e. R mod p.</summary>
    public static Fp One { get; } = new(0xD35D438DC58F0D9D, 0x0A78EB28F5C70B3D, 0x666EA36F7879462C, 0x0E0A77C19A07DF2F);

    public bool IsZero => (_l0 | _l1 | _l2 | _l3) == 0;

    public static Fp FromUInt64(ulong value) => new Fp(value, 0, 0, 0) * RSquared;

    /// <summary>Reads a 32-byte big-endian integer; false when it is not below p (EIP-196 rejects such coordinates).</summary>
    public static bool TryReadBigEndian(ReadOnlySpan<byte> bytes32, out Fp value)
    {
        ulong l3 = BinaryPrimitives.ReadUInt64BigEndian(bytes32);
        ulong l2 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[8..]);
        ulong l1 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[16..]);
        ulong l0 = BinaryPrimitives.ReadUInt64BigEndian(bytes32[24..]);
        ulong borrow = 0;
        SubtractWithBorrow(l0, P0, ref borrow);
        SubtractWithBorrow(l1, P1, ref borrow);
        SubtractWithBorrow(l2, P2, ref borrow);
        SubtractWithBorrow(l3, P3, ref borrow);
        if (borrow == 0) { value = default; return false; } // value - p did not underflow: value >= p
        value = new Fp(l0, l1, l2, l3) * RSquared;
        return true;
    }

    /// <summary>Writes the canonical value (out of Montgomery form) as 32 big-endian bytes.</summary>
    public void WriteBigEndian(Span<byte> destination32)
    {
        Fp canonical = this * new Fp(1, 0, 0, 0); // a·R · 1 · R⁻¹ = a
        BinaryPrimitives.WriteUInt64BigEndian(destination32, canonical._l3);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[8..], canonical._l2);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[16..], canonical._l1);
        BinaryPrimitives.WriteUInt64BigEndian(destination32[24..], canonical._l0);
    }

    public static Fp operator +(in Fp a, in Fp b)
    {
        // Both < p < 2^254, so the sum fits in 256 bits and one conditional subtraction reduces it.
        ulong carry = 0;
        ulong s0 = AddWithCarry(a._l0, b._l0, ref carry);
        ulong s1 = AddWithCarry(a._l1, b._l1, ref carry);
        ulong s2 = AddWithCarry(a._l2, b._l2, ref carry);
        ulong s3 = AddWithCarry(a._l3, b._l3, ref carry);
        return SubtractPIfNotBelow(s0, s1, s2, s3);
    }

    public static Fp operator -(in Fp a, in Fp b)
    {
        ulong borrow = 0;
        ulong d0 = SubtractWithBorrow(a._l0, b._l0, ref borrow);
        ulong d1 = SubtractWithBorrow(a._l1, b._l1, ref borrow);
        ulong d2 = SubtractWithBorrow(a._l2, b._l2, ref borrow);
        ulong d3 = SubtractWithBorrow(a._l3, b._l3, ref borrow);
        // Wrapped below zero: add p back. Masked rather than branched: on random data a branch mispredicts half the time.
        ulong mask = 0UL - borrow;
        ulong carry = 0;
        d0 = AddWithCarry(d0, P0 & mask, ref carry);
        d1 = AddWithCarry(d1, P1 & mask, ref carry);
        d2 = AddWithCarry(d2, P2 & mask, ref carry);
        d3 = AddWithCarry(d3, P3 & mask, ref carry);
        return new Fp(d0, d1, d2, d3);
    }

    public static Fp operator -(in Fp a) => Zero - a;

    public static Fp operator *(in Fp a, in Fp b)
    {
        // CIOS: interleave one row of a·b_i with one word of reduction. With a, b < p and 4p < 2^256 the running
        // total stays below 2p, so five words suffice and no carry leaves the top word.
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        MontgomeryRow(a, b._l0, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRow(a, b._l1, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRow(a, b._l2, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRow(a, b._l3, ref t0, ref t1, ref t2, ref t3, ref t4);
        return SubtractPIfNotBelow(t0, t1, t2, t3);
    }

    public static Fp Square(in Fp a) => a * a;

    public static Fp Double(in Fp a) => a + a;

    /// <summary>a^(p-2) = a⁻¹ by Fermat; 0 maps to 0 (callers never invert zero on valid inputs).</summary>
    public static Fp Inverse(in Fp a)
    {
        ReadOnlySpan<ulong> exponent = [P0 - 2, P1, P2, P3];
        return Pow(a, exponent);
    }

    /// <summary>a^e for an exponent given as little-endian 64-bit limbs (square-and-multiply from the top bit).</summary>
    public static Fp Pow(in Fp a, ReadOnlySpan<ulong> exponent)
    {
        Fp result = One;
        for (int limb = exponent.Length - 1; limb >= 0; limb--)
        {
            for (int bit = 63; bit >= 0; bit--)
            {
                result = result * result;
                if (((exponent[limb] >> bit) & 1) != 0) result = result * a;
            }
        }
        return result;
    }

    public bool Equals(Fp other) => _l0 == other._l0 && _l1 == other._l1 && _l2 == other._l2 && _l3 == other._l3;
    public override bool Equals(object? obj) => obj is Fp other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_l0, _l1, _l2, _l3);
    public static bool operator ==(in Fp a, in Fp b) => a.Equals(b);
    public static bool operator !=(in Fp a, in Fp b) => !a.Equals(b);

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteBigEndian(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MontgomeryRow(in Fp a, ulong bi, ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4)
    {
        ulong carry = 0;
        t0 = MultiplyAdd(a._l0, bi, t0, ref carry);
        t1 = MultiplyAdd(a._l1, bi, t1, ref carry);
        t2 = MultiplyAdd(a._l2, bi, t2, ref carry);
        t3 = MultiplyAdd(a._l3, bi, t3, ref carry);
        t4 += carry;

        // Add m·p with m chosen so the low word becomes zero, then shift down one word.
        ulong m = t0 * NPrime;
        carry = 0;
        MultiplyAdd(m, P0, t0, ref carry);
        t0 = MultiplyAdd(m, P1, t1, ref carry);
        t1 = MultiplyAdd(m, P2, t2, ref carry);
        t2 = MultiplyAdd(m, P3, t3, ref carry);
        t3 = t4 + carry;
        t4 = 0;
    }

    /// <summary>Low word of a·b + c + carry; the high word goes back into carry (never overflows 128 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyAdd(ulong a, ulong b, ulong c, ref ulong carry)
    {
        ulong hi = Math.BigMul(a, b, out ulong lo);
        lo += c;
        hi += lo < c ? 1UL : 0UL;
        lo += carry;
        hi += lo < carry ? 1UL : 0UL;
        carry = hi;
        return lo;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddWithCarry(ulong a, ulong b, ref ulong carry)
    {
        ulong sum = a + b;
        ulong carryOut = sum < a ? 1UL : 0UL;
        ulong result = sum + carry;
        carryOut += result < sum ? 1UL : 0UL;
        carry = carryOut;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubtractWithBorrow(ulong a, ulong b, ref ulong borrow)
    {
        ulong diff = a - b;
        ulong borrowOut = a < b ? 1UL : 0UL;
        ulong result = diff - borrow;
        borrowOut += diff < borrow ? 1UL : 0UL;
        borrow = borrowOut;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp SubtractPIfNotBelow(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        ulong borrow = 0;
        ulong d0 = SubtractWithBorrow(s0, P0, ref borrow);
        ulong d1 = SubtractWithBorrow(s1, P1, ref borrow);
        ulong d2 = SubtractWithBorrow(s2, P2, ref borrow);
        ulong d3 = SubtractWithBorrow(s3, P3, ref borrow);
        // Keep s when s − p underflowed, else s − p; selected by mask (branch-free, see operator −).
        ulong keep = 0UL - borrow;
        return new Fp(d0 ^ ((d0 ^ s0) & keep), d1 ^ ((d1 ^ s1) & keep), d2 ^ ((d2 ^ s2) & keep), d3 ^ ((d3 ^ s3) & keep));
    }
}
