using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Point on y² = x³ + b (any b: the formulas for a = 0 never use it) in Jacobian coordinates,
/// x = X/Z², y = Y/Z³; Z = 0 is the point at infinity. Serves G1 (F = Fp) and G2 (F = Fp2).
/// Formulas: Explicit-Formulas Database, "dbl-2009-l" and "add-2007-bl" for short Weierstrass a = 0.
/// </summary>
public readonly struct JacobianPoint<F> where F : struct, IField<F>
{
    public readonly F X, Y, Z;

    public JacobianPoint(in F x, in F y, in F z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    public static JacobianPoint<F> Infinity => new(F.One, F.One, F.Zero);

    public bool IsInfinity => Z.IsZero;

    public static JacobianPoint<F> FromAffine(in AffinePoint<F> p) => p.IsInfinity ? Infinity : new(p.X, p.Y, F.One);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AffinePoint<F> ToAffine()
    {
        if (IsInfinity) return AffinePoint<F>.Infinity;
        F zInv = F.Invert(Z);
        F zInv2 = F.Square(zInv);
        return new AffinePoint<F>(F.Multiply(X, zInv2), F.Multiply(Y, F.Multiply(zInv2, zInv)));
    }

    public JacobianPoint<F> Negate() => new(X, F.Negate(Y), Z);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public JacobianPoint<F> Double()
    {
        // A point with Y = 0 has order 2 and doubles to infinity: Z3 = 2·Y·Z = 0 covers it, as it covers Z = 0.
        F a = F.Square(X);
        F b = F.Square(Y);
        F c = F.Square(b);
        F d = F.Double(F.Subtract(F.Subtract(F.Square(F.Add(X, b)), a), c));
        F e = F.Add(F.Double(a), a);
        F f = F.Square(e);
        F x3 = F.Subtract(f, F.Double(d));
        F eightC = F.Double(F.Double(F.Double(c)));
        F y3 = F.Subtract(F.Multiply(e, F.Subtract(d, x3)), eightC);
        F z3 = F.Double(F.Multiply(Y, Z));
        return new JacobianPoint<F>(x3, y3, z3);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public JacobianPoint<F> Add(in JacobianPoint<F> q)
    {
        if (IsInfinity) return q;
        if (q.IsInfinity) return this;
        F z1z1 = F.Square(Z);
        F z2z2 = F.Square(q.Z);
        F u1 = F.Multiply(X, z2z2);
        F u2 = F.Multiply(q.X, z1z1);
        F s1 = F.Multiply(F.Multiply(Y, q.Z), z2z2);
        F s2 = F.Multiply(F.Multiply(q.Y, Z), z1z1);
        F h = F.Subtract(u2, u1);
        F r = F.Double(F.Subtract(s2, s1));
        if (h.IsZero)
        {
            // Same x: either the same point (double) or inverses (infinity).
            return r.IsZero ? Double() : Infinity;
        }
        F i = F.Square(F.Double(h));
        F j = F.Multiply(h, i);
        F v = F.Multiply(u1, i);
        F x3 = F.Subtract(F.Subtract(F.Square(r), j), F.Double(v));
        F y3 = F.Subtract(F.Multiply(r, F.Subtract(v, x3)), F.Double(F.Multiply(s1, j)));
        F z3 = F.Multiply(F.Subtract(F.Subtract(F.Square(F.Add(Z, q.Z)), z1z1), z2z2), h);
        return new JacobianPoint<F>(x3, y3, z3);
    }

    public JacobianPoint<F> Subtract(in JacobianPoint<F> q) => Add(q.Negate());

    /// <summary>
    /// this + q for an affine q (Z2 = 1): EFD "madd-2007-bl", about a quarter cheaper than <see cref="Add"/>;
    /// MSM bucket accumulation adds affine inputs this way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public JacobianPoint<F> AddAffine(in AffinePoint<F> q)
    {
        if (q.IsInfinity) return this;
        if (IsInfinity) return FromAffine(q);
        F z1z1 = F.Square(Z);
        F u2 = F.Multiply(q.X, z1z1);
        F s2 = F.Multiply(F.Multiply(q.Y, Z), z1z1);
        F h = F.Subtract(u2, X);
        F r = F.Double(F.Subtract(s2, Y));
        if (h.IsZero) return r.IsZero ? Double() : Infinity;
        F hh = F.Square(h);
        F i = F.Double(F.Double(hh));
        F j = F.Multiply(h, i);
        F v = F.Multiply(X, i);
        F x3 = F.Subtract(F.Subtract(F.Square(r), j), F.Double(v));
        F y3 = F.Subtract(F.Multiply(r, F.Subtract(v, x3)), F.Double(F.Multiply(Y, j)));
        F z3 = F.Subtract(F.Subtract(F.Square(F.Add(Z, h)), z1z1), hh);
        return new JacobianPoint<F>(x3, y3, z3);
    }

    /// <summary>[k]P for a big-endian unsigned scalar of any length (double-and-add, most significant bit first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public JacobianPoint<F> Multiply(ReadOnlySpan<byte> scalarBigEndian)
    {
        JacobianPoint<F> result = Infinity;
        foreach (byte b in scalarBigEndian)
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                result = result.Double();
                if (((b >> bit) & 1) != 0) result = result.Add(this);
            }
        }
        return result;
    }

    /// <summary>[k]P for a 64-bit scalar (used with |x| for the endomorphism subgroup test).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public JacobianPoint<F> Multiply(ulong scalar)
    {
        JacobianPoint<F> result = Infinity;
        for (int bit = 63 - System.Numerics.BitOperations.LeadingZeroCount(scalar); bit >= 0; bit--)
        {
            result = result.Double();
            if (((scalar >> bit) & 1) != 0) result = result.Add(this);
        }
        return result;
    }

    /// <summary>
    /// [a]P + [b]Q with one shared chain of doublings (Shamir's trick); scalars are big-endian and equally long.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JacobianPoint<F> MultiplyAndAdd(in JacobianPoint<F> p, ReadOnlySpan<byte> a, in JacobianPoint<F> q, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("scalars must have the same length");
        JacobianPoint<F> sum = p.Add(q);
        JacobianPoint<F> result = Infinity;
        for (int i = 0; i < a.Length; i++)
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                result = result.Double();
                int select = ((a[i] >> bit) & 1) | (((b[i] >> bit) & 1) << 1);
                if (select == 1) result = result.Add(p);
                else if (select == 2) result = result.Add(q);
                else if (select == 3) result = result.Add(sum);
            }
        }
        return result;
    }

    /// <summary>Same point: cross-multiplied X1·Z2² = X2·Z1² and Y1·Z2³ = Y2·Z1³.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsSamePoint(in JacobianPoint<F> q)
    {
        if (IsInfinity || q.IsInfinity) return IsInfinity && q.IsInfinity;
        F z1z1 = F.Square(Z);
        F z2z2 = F.Square(q.Z);
        if (!F.Multiply(X, z2z2).Equals(F.Multiply(q.X, z1z1))) return false;
        return F.Multiply(F.Multiply(Y, q.Z), z2z2).Equals(F.Multiply(F.Multiply(q.Y, Z), z1z1));
    }
}
