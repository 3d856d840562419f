namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// F_p² = F_p[i]/(i² + 1), the field of the G2 twist coordinates (EIP-197). Value = Real + Imaginary·i.
/// </summary>
internal readonly struct Fp2 : IFieldElement<Fp2>, IEquatable<Fp2>
{
    public readonly Fp Real;
    public readonly Fp Imaginary;

    public Fp2(in Fp real, in Fp imaginary) { Real = real; Imaginary = imaginary; }

    public static Fp2 Zero => default;
    public static Fp2 One { get; } = new(Fp.One, Fp.Zero);

    /// <summary>ξ = 9 + i, the non-residue defining F_p⁶ = F_p²[v]/(v³ − ξ) and the twist E': y² = x³ + 3/ξ.</summary>
    public static Fp2 Xi { get; } = new(Fp.FromUInt64(9), Fp.One);

    public bool IsZero => Real.IsZero && Imaginary.IsZero;

    public static Fp2 operator +(in Fp2 a, in Fp2 b) => new(a.Real + b.Real, a.Imaginary + b.Imaginary);
    public static Fp2 operator -(in Fp2 a, in Fp2 b) => new(a.Real - b.Real, a.Imaginary - b.Imaginary);
    public static Fp2 operator -(in Fp2 a) => new(-a.Real, -a.Imaginary);

    public static Fp2 operator *(in Fp2 a, in Fp2 b)
    {
        // Karatsuba: three base multiplications instead of four.
        Fp v0 = a.Real * b.Real;
        Fp v1 = a.Imaginary * b.Imaginary;
        Fp cross = (a.Real + a.Imaginary) * (b.Real + b.Imaginary);
        return new Fp2(v0 - v1, cross - v0 - v1);
    }

    public static Fp2 operator *(in Fp2 a, in Fp s) => new(a.Real * s, a.Imaginary * s);

    public static Fp2 Square(in Fp2 a)
    {
        // (x + yi)² = (x + y)(x − y) + 2xy·i
        Fp xy = a.Real * a.Imaginary;
        return new Fp2((a.Real + a.Imaginary) * (a.Real - a.Imaginary), xy + xy);
    }

    public static Fp2 Double(in Fp2 a) => a + a;

    /// <summary>a·ξ = (9x − y) + (x + 9y)·i, with 9x as 8x + x (no general multiplication).</summary>
    public static Fp2 MulByXi(in Fp2 a)
    {
        Fp x8 = Fp.Double(Fp.Double(Fp.Double(a.Real)));
        Fp y8 = Fp.Double(Fp.Double(Fp.Double(a.Imaginary)));
        return new Fp2(x8 + a.Real - a.Imaginary, a.Real + y8 + a.Imaginary);
    }

    /// <summary>The p-power Frobenius on F_p²: x + yi ↦ x − yi.</summary>
    public static Fp2 Conjugate(in Fp2 a) => new(a.Real, -a.Imaginary);

    public static Fp2 Inverse(in Fp2 a)
    {
        // 1/(x + yi) = (x − yi)/(x² + y²)
        Fp normInverse = Fp.Inverse(a.Real * a.Real + a.Imaginary * a.Imaginary);
        return new Fp2(a.Real * normInverse, -(a.Imaginary * normInverse));
    }

    /// <summary>a^e for a big-endian exponent (only used to derive constants once).</summary>
    public static Fp2 Pow(in Fp2 a, ReadOnlySpan<byte> exponentBigEndian)
    {
        Fp2 result = One;
        foreach (byte b in exponentBigEndian)
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                result = Square(result);
                if (((b >> bit) & 1) != 0) result = result * a;
            }
        }
        return result;
    }

    public bool Equals(Fp2 other) => Real.Equals(other.Real) && Imaginary.Equals(other.Imaginary);
    public override bool Equals(object? obj) => obj is Fp2 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Real, Imaginary);
    public override string ToString() => $"{Real} + {Imaginary}·i";
}
