using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Element of the BLS12-381 base field Fp (draft-irtf-cfrg-pairing-friendly-curves, BLS12_381 parameters).
/// Stored in Montgomery form a·2^384 mod p as six little-endian 64-bit limbs, always fully reduced (&lt; p),
/// so limb equality is value equality.
/// </summary>
/// <remarks>
/// Hot arithmetic here and in the tower, curve and pairing types is marked AggressiveOptimization: precompiles run
/// rarely, so tiered JIT would otherwise keep them in unoptimized tier-0 code, about ten times slower.
/// </remarks>
public readonly partial struct Fp : IField<Fp>
{
    /// <summary>Bytes of a big-endian field element (EIP-2537 pads it to 64; ZCash compression uses 48).</summary>
    public const int ByteLength = 48;

    // p = 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab
    internal const ulong P0 = 0xb9feffffffffaaab, P1 = 0x1eabfffeb153ffff, P2 = 0x6730d2a0f6b0f624,
        P3 = 0x64774b84f38512bf, P4 = 0x4b1ba7b6434bacd7, P5 = 0x1a0111ea397fe69a;

    /// <summary>-p⁻¹ mod 2^64, the Montgomery reduction factor.</summary>
    internal const ulong Inv = 0x89f3fffcfffcfffd;

    internal readonly ulong L0, L1, L2, L3, L4, L5;

    internal Fp(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4, ulong l5)
    {
        L0 = l0; L1 = l1; L2 = l2; L3 = l3; L4 = l4; L5 = l5;
    }

    /// <summary>The modulus p as an integer (tests and one-off constant derivation only).</summary>
    public static readonly BigInteger Modulus = LimbsToInteger(P0, P1, P2, P3, P4, P5);

    // 2^384 mod p: the Montgomery form of 1.
    private static readonly Fp MontgomeryOne = FromLimbsOf(BigInteger.Pow(2, 384) % Modulus);
    // 2^768 mod p: multiplying by it moves a plain value into Montgomery form.
    private static readonly Fp MontgomeryR2 = FromLimbsOf(BigInteger.Pow(2, 768) % Modulus);

    private static readonly ulong[] InverseExponent = IntegerToLimbs(Modulus - 2);         // Fermat: a^(p-2) = a⁻¹
    private static readonly ulong[] SqrtExponent = IntegerToLimbs((Modulus + 1) / 4);      // p ≡ 3 (mod 4)
    private static readonly ulong[] HalfModulus = IntegerToLimbs((Modulus - 1) / 2);

    public static Fp Zero => default;
    public static Fp One => MontgomeryOne;

    public bool IsZero => (L0 | L1 | L2 | L3 | L4 | L5) == 0;

    public bool IsOne => Equals(MontgomeryOne);

    /// <summary>Small non-negative constant.</summary>
    public static Fp FromUInt64(ulong value) => ToMontgomery(new Fp(value, 0, 0, 0, 0, 0));

    /// <summary>Parses a 48-byte big-endian integer; false if it is not below p (non-canonical).</summary>
    public static bool TryFromBigEndian(ReadOnlySpan<byte> bytes, out Fp value)
    {
        if (bytes.Length != ByteLength) throw new ArgumentException("an Fp element is 48 bytes", nameof(bytes));
        ulong l5 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        ulong l4 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        ulong l3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        ulong l2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
        ulong l1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[32..]);
        ulong l0 = BinaryPrimitives.ReadUInt64BigEndian(bytes[40..]);
        var raw = new Fp(l0, l1, l2, l3, l4, l5);
        if (!raw.IsBelowModulus())
        {
            value = default;
            return false;
        }
        value = ToMontgomery(raw);
        return true;
    }

    /// <summary>Writes the canonical 48-byte big-endian encoding.</summary>
    public void WriteBigEndian(Span<byte> destination)
    {
        if (destination.Length != ByteLength) throw new ArgumentException("an Fp element is 48 bytes", nameof(destination));
        Fp raw = FromMontgomery(this);
        BinaryPrimitives.WriteUInt64BigEndian(destination, raw.L5);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], raw.L4);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], raw.L3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], raw.L2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[32..], raw.L1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[40..], raw.L0);
    }

    /// <summary>Element equal to <paramref name="value"/> mod p.</summary>
    public static Fp FromBigInteger(BigInteger value)
    {
        value %= Modulus;
        if (value.Sign < 0) value += Modulus;
        return ToMontgomery(FromLimbsOf(value));
    }

    public BigInteger ToBigInteger()
    {
        Fp raw = FromMontgomery(this);
        return LimbsToInteger(raw.L0, raw.L1, raw.L2, raw.L3, raw.L4, raw.L5);
    }

    /// <summary>
    /// True if this is the larger of {y, −y}, i.e. y &gt; (p−1)/2: the "sign" used by the ZCash point compression
    /// that EIP-4844 commitments use.
    /// </summary>
    public bool IsLexicographicallyLargest()
    {
        Fp raw = FromMontgomery(this);
        ulong[] h = HalfModulus;
        return CompareLimbs(raw, h[0], h[1], h[2], h[3], h[4], h[5]) > 0;
    }

    /// <summary>RFC 9380 sgn0 for Fp: the parity of the canonical integer (used by map-to-curve to fix the sign of y).</summary>
    public bool Sgn0() => (FromMontgomery(this).L0 & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp Add(in Fp a, in Fp b)
    {
        ulong c = 0;
        ulong r0 = AddCarry(a.L0, b.L0, ref c);
        ulong r1 = AddCarry(a.L1, b.L1, ref c);
        ulong r2 = AddCarry(a.L2, b.L2, ref c);
        ulong r3 = AddCarry(a.L3, b.L3, ref c);
        ulong r4 = AddCarry(a.L4, b.L4, ref c);
        ulong r5 = AddCarry(a.L5, b.L5, ref c);
        // a + b < 2p < 2^383 so no carry leaves limb 5; one conditional subtraction reduces.
        return ReduceOnce(r0, r1, r2, r3, r4, r5);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp Subtract(in Fp a, in Fp b)
    {
        ulong borrow = 0;
        ulong r0 = SubBorrow(a.L0, b.L0, ref borrow);
        ulong r1 = SubBorrow(a.L1, b.L1, ref borrow);
        ulong r2 = SubBorrow(a.L2, b.L2, ref borrow);
        ulong r3 = SubBorrow(a.L3, b.L3, ref borrow);
        ulong r4 = SubBorrow(a.L4, b.L4, ref borrow);
        ulong r5 = SubBorrow(a.L5, b.L5, ref borrow);
        if (borrow == 0) return new Fp(r0, r1, r2, r3, r4, r5);
        ulong c = 0;
        r0 = AddCarry(r0, P0, ref c);
        r1 = AddCarry(r1, P1, ref c);
        r2 = AddCarry(r2, P2, ref c);
        r3 = AddCarry(r3, P3, ref c);
        r4 = AddCarry(r4, P4, ref c);
        r5 = AddCarry(r5, P5, ref c);
        return new Fp(r0, r1, r2, r3, r4, r5);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp Negate(in Fp a)
    {
        if (a.IsZero) return a;
        ulong borrow = 0;
        ulong r0 = SubBorrow(P0, a.L0, ref borrow);
        ulong r1 = SubBorrow(P1, a.L1, ref borrow);
        ulong r2 = SubBorrow(P2, a.L2, ref borrow);
        ulong r3 = SubBorrow(P3, a.L3, ref borrow);
        ulong r4 = SubBorrow(P4, a.L4, ref borrow);
        ulong r5 = SubBorrow(P5, a.L5, ref borrow);
        return new Fp(r0, r1, r2, r3, r4, r5);
    }

    public static Fp Double(in Fp a) => Add(a, a);

    public static Fp Square(in Fp a) => Multiply(a, a);

    /// <summary>a⁻¹ by Fermat's little theorem (zero maps to zero).</summary>
    public static Fp Invert(in Fp a) => Pow(a, InverseExponent);

    /// <summary>Square root if one exists; p ≡ 3 (mod 4) so a^((p+1)/4) is a root whenever a is a square.</summary>
    public static bool TrySqrt(in Fp a, out Fp root)
    {
        root = Pow(a, SqrtExponent);
        return Square(root).Equals(a);
    }

    /// <summary>a^e with e given as little-endian 64-bit limbs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp Pow(in Fp a, ReadOnlySpan<ulong> exponent)
    {
        Fp result = MontgomeryOne;
        for (int i = exponent.Length - 1; i >= 0; i--)
        {
            for (int bit = 63; bit >= 0; bit--)
            {
                result = Square(result);
                if (((exponent[i] >> bit) & 1) != 0) result = Multiply(result, a);
            }
        }
        return result;
    }

    public static Fp operator +(in Fp a, in Fp b) => Add(a, b);
    public static Fp operator -(in Fp a, in Fp b) => Subtract(a, b);
    public static Fp operator -(in Fp a) => Negate(a);
    public static Fp operator *(in Fp a, in Fp b) => Multiply(a, b);
    public static bool operator ==(in Fp a, in Fp b) => a.Equals(b);
    public static bool operator !=(in Fp a, in Fp b) => !a.Equals(b);

    public bool Equals(Fp other) =>
        ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3) | (L4 ^ other.L4) | (L5 ^ other.L5)) == 0;

    public override bool Equals(object? obj) => obj is Fp other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3, L4, L5);

    public override string ToString() => "0x" + ToBigInteger().ToString("x");

    private static Fp ToMontgomery(in Fp raw) => Multiply(raw, MontgomeryR2);

    // Montgomery product with 1 divides by 2^384, leaving the plain value.
    private static Fp FromMontgomery(in Fp a) => Multiply(a, new Fp(1, 0, 0, 0, 0, 0));

    private bool IsBelowModulus() => CompareLimbs(this, P0, P1, P2, P3, P4, P5) < 0;

    private static int CompareLimbs(in Fp a, ulong b0, ulong b1, ulong b2, ulong b3, ulong b4, ulong b5)
    {
        if (a.L5 != b5) return a.L5 < b5 ? -1 : 1;
        if (a.L4 != b4) return a.L4 < b4 ? -1 : 1;
        if (a.L3 != b3) return a.L3 < b3 ? -1 : 1;
        if (a.L2 != b2) return a.L2 < b2 ? -1 : 1;
        if (a.L1 != b1) return a.L1 < b1 ? -1 : 1;
        if (a.L0 != b0) return a.L0 < b0 ? -1 : 1;
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp ReduceOnce(ulong r0, ulong r1, ulong r2, ulong r3, ulong r4, ulong r5)
    {
        ulong borrow = 0;
        ulong s0 = SubBorrow(r0, P0, ref borrow);
        ulong s1 = SubBorrow(r1, P1, ref borrow);
        ulong s2 = SubBorrow(r2, P2, ref borrow);
        ulong s3 = SubBorrow(r3, P3, ref borrow);
        ulong s4 = SubBorrow(r4, P4, ref borrow);
        ulong s5 = SubBorrow(r5, P5, ref borrow);
        return borrow != 0 ? new Fp(r0, r1, r2, r3, r4, r5) : new Fp(s0, s1, s2, s3, s4, s5);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddCarry(ulong a, ulong b, ref ulong carry)
    {
        ulong s = a + b;
        ulong c1 = s < a ? 1UL : 0UL;
        ulong r = s + carry;
        ulong c2 = r < s ? 1UL : 0UL;
        carry = c1 | c2;
        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubBorrow(ulong a, ulong b, ref ulong borrow)
    {
        ulong d = a - b;
        ulong b1 = a < b ? 1UL : 0UL;
        ulong r = d - borrow;
        ulong b2 = d < borrow ? 1UL : 0UL;
        borrow = b1 | b2;
        return r;
    }

    private static Fp FromLimbsOf(BigInteger value)
    {
        ulong[] l = IntegerToLimbs(value);
        return new Fp(l[0], l[1], l[2], l[3], l[4], l[5]);
    }

    internal static ulong[] IntegerToLimbs(BigInteger value)
    {
        var limbs = new ulong[6];
        for (int i = 0; i < 6; i++)
        {
            limbs[i] = (ulong)(value & ulong.MaxValue);
            value >>= 64;
        }
        return limbs;
    }

    private static BigInteger LimbsToInteger(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4, ulong l5)
    {
        BigInteger v = l5;
        v = (v << 64) | l4;
        v = (v << 64) | l3;
        v = (v << 64) | l2;
        v = (v << 64) | l1;
        v = (v << 64) | l0;
        return v;
    }
}
