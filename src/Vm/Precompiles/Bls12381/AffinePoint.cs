namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>A point (X, Y) on a short Weierstrass curve over field F, or the point at infinity.</summary>
public readonly struct AffinePoint<F> : IEquatable<AffinePoint<F>> where F : struct, IField<F>
{
    public readonly F X, Y;
    public readonly bool IsInfinity;

    public AffinePoint(in F x, in F y)
    {
        X = x;
        Y = y;
        IsInfinity = false;
    }

    private AffinePoint(bool infinity)
    {
        X = default;
        Y = default;
        IsInfinity = infinity;
    }

    public static AffinePoint<F> Infinity => new(true);

    public AffinePoint<F> Negate() => IsInfinity ? this : new AffinePoint<F>(X, F.Negate(Y));

    public JacobianPoint<F> ToJacobian() => JacobianPoint<F>.FromAffine(this);

    public bool Equals(AffinePoint<F> other) =>
        IsInfinity ? other.IsInfinity : !other.IsInfinity && X.Equals(other.X) && Y.Equals(other.Y);

    public override bool Equals(object? obj) => obj is AffinePoint<F> other && Equals(other);

    public override int GetHashCode() => IsInfinity ? 0 : HashCode.Combine(X, Y);

    public override string ToString() => IsInfinity ? "∞" : $"({X}, {Y})";
}
