namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// A point of a short Weierstrass curve y² = x³ + b (a = 0, as for both BN254 G1 and its twist) in Jacobian
/// coordinates: x = X/Z², y = Y/Z³, Z = 0 is the point at infinity. The group law does not involve b.
/// </summary>
internal readonly struct JacobianPoint<T> where T : struct, IFieldElement<T>
{
    public readonly T X, Y, Z;

    public JacobianPoint(in T x, in T y, in T z) { X = x; Y = y; Z = z; }

    public static JacobianPoint<T> Infinity => new(T.One, T.One, T.Zero);

    public static JacobianPoint<T> FromAffine(in T x, in T y) => new(x, y, T.One);

    public bool IsInfinity => Z.IsZero;

    /// <summary>Affine (x, y); infinity maps to (0, 0), the EIP-196/197 encoding of the point at infinity.</summary>
    public (T X, T Y) ToAffine()
    {
        if (IsInfinity) return (T.Zero, T.Zero);
        T zInverse = T.Inverse(Z);
        T zInverse2 = T.Square(zInverse);
        return (X * zInverse2, Y * zInverse2 * zInverse);
    }

    public JacobianPoint<T> Negate() => new(X, -Y, Z);

    public static JacobianPoint<T> Double(in JacobianPoint<T> p)
    {
        // Tangent slope λ = 3x²/(2y); with Z3 = 2YZ: S = 4XY², M = 3X², X3 = M² − 2S, Y3 = M(S − X3) − 8Y⁴.
        if (p.IsInfinity || p.Y.IsZero) return Infinity;
        T yy = T.Square(p.Y);
        T s = T.Double(T.Double(p.X * yy));
        T xx = T.Square(p.X);
        T m = T.Double(xx) + xx;
        T x3 = T.Square(m) - T.Double(s);
        T yyyy8 = T.Double(T.Double(T.Double(T.Square(yy))));
        T y3 = m * (s - x3) - yyyy8;
        T z3 = T.Double(p.Y * p.Z);
        return new JacobianPoint<T>(x3, y3, z3);
    }

    public static JacobianPoint<T> Add(in JacobianPoint<T> p, in JacobianPoint<T> q)
    {
        if (p.IsInfinity) return q;
        if (q.IsInfinity) return p;
        // Bring both to the common denominator Z1²Z2² (x) and Z1³Z2³ (y).
        T z1z1 = T.Square(p.Z);
        T z2z2 = T.Square(q.Z);
        T u1 = p.X * z2z2;
        T u2 = q.X * z1z1;
        T s1 = p.Y * q.Z * z2z2;
        T s2 = q.Y * p.Z * z1z1;
        return AddDistinct(u1, s1, u2, s2, p.Z * q.Z, p);
    }

    /// <summary>p + (x, y) for an affine q (Z = 1), saving the multiplications by Z2.</summary>
    public static JacobianPoint<T> AddAffine(in JacobianPoint<T> p, in T qx, in T qy)
    {
        if (p.IsInfinity) return FromAffine(qx, qy);
        T z1z1 = T.Square(p.Z);
        T u2 = qx * z1z1;
        T s2 = qy * p.Z * z1z1;
        return AddDistinct(p.X, p.Y, u2, s2, p.Z, p);
    }

    /// <summary>
    /// Chord addition given x1 = U1/D², y1 = S1/D³, x2 = U2/D², y2 = S2/D³ for a shared D (= zProduct): equal x
    /// means doubling or opposite points. H = U2 − U1, R = S2 − S1, X3 = R² − H³ − 2U1H², Y3 = R(U1H² − X3) − S1H³,
    /// Z3 = H·D.
    /// </summary>
    private static JacobianPoint<T> AddDistinct(in T u1, in T s1, in T u2, in T s2, in T zProduct, in JacobianPoint<T> p)
    {
        T h = u2 - u1;
        T r = s2 - s1;
        if (h.IsZero) return r.IsZero ? Double(p) : Infinity;
        T hh = T.Square(h);
        T hhh = hh * h;
        T u1hh = u1 * hh;
        T x3 = T.Square(r) - hhh - T.Double(u1hh);
        T y3 = r * (u1hh - x3) - s1 * hhh;
        return new JacobianPoint<T>(x3, y3, h * zProduct);
    }

    /// <summary>[k]·(x, y) for a big-endian scalar of any length, double-and-add from the top bit.</summary>
    public static JacobianPoint<T> Multiply(in T x, in T y, ReadOnlySpan<byte> scalarBigEndian)
    {
        JacobianPoint<T> acc = Infinity;
        foreach (byte b in scalarBigEndian)
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                acc = Double(acc);
                if (((b >> bit) & 1) != 0) acc = AddAffine(acc, x, y);
            }
        }
        return acc;
    }
}
