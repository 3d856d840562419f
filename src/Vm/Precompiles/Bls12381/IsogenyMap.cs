namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>Evaluation helpers shared by the 11-isogeny (G1) and 3-isogeny (G2) maps of RFC 9380.</summary>
internal static class IsogenyMap
{
    /// <summary>
    /// Σ cᵢ·xⁱ for coefficients listed from the constant term up; with <paramref name="monic"/> a leading
    /// coefficient 1 follows the listed ones.
    /// </summary>
    public static F Horner<F>(ReadOnlySpan<F> coefficients, in F x, bool monic) where F : struct, IField<F>
    {
        F result = monic ? F.One : coefficients[^1];
        int top = monic ? coefficients.Length - 1 : coefficients.Length - 2;
        for (int i = top; i >= 0; i--) result = F.Add(F.Multiply(result, x), coefficients[i]);
        return result;
    }

    /// <summary>
    /// The point (xn/xd, y'·yn/yd) in Jacobian form with Z = xd·yd: X = xn·xd·yd², Y = y'·yn·xd³·yd².
    /// The identity maps to the identity; a zero denominator yields Z = 0, the identity.
    /// </summary>
    public static JacobianPoint<F> ToJacobian<F>(in AffinePoint<F> p, in F xn, in F xd, in F yn, in F yd)
        where F : struct, IField<F>
    {
        if (p.IsInfinity) return JacobianPoint<F>.Infinity;
        F z = F.Multiply(xd, yd);
        F yd2 = F.Square(yd);
        F x = F.Multiply(F.Multiply(xn, xd), yd2);
        F y = F.Multiply(F.Multiply(F.Multiply(p.Y, yn), F.Multiply(F.Square(xd), xd)), yd2);
        return z.IsZero ? JacobianPoint<F>.Infinity : new JacobianPoint<F>(x, y, z);
    }
}
