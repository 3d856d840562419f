namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// A G2 point with its Miller-loop lines precomputed. The lines of f_{|x|,Q} depend only on Q; the G1 argument P
/// enters linearly, so each line is stored as L0 + (Lx·xP)·w² + (Ly·yP)·w³. Preparing once pays off for fixed
/// points such as the KZG setup's [τ]₂ and the generator.
/// </summary>
public sealed class G2Prepared
{
    internal readonly LineCoefficients[] Lines;

    public bool IsInfinity { get; }

    /// <summary>Q must be in G2 (the caller checks membership).</summary>
    public G2Prepared(in AffinePoint<Fp2> q)
    {
        IsInfinity = q.IsInfinity;
        if (IsInfinity)
        {
            Lines = [];
            return;
        }
        var lines = new List<LineCoefficients>(70);
        var t = new TwistWalker(q);
        for (int bit = 62; bit >= 0; bit--)
        {
            lines.Add(t.Double());
            if (((Pairing.AbsX >> bit) & 1) != 0) lines.Add(t.AddBase());
        }
        Lines = lines.ToArray();
    }

    /// <summary>
    /// Running T = [k]Q in homogeneous projective coordinates on the twist (x' = X/Z, y' = Y/Z). Lines come from
    /// untwisting (x', y') ↦ (x'/w², y'/w³) and multiplying by w³ and by a factor in Fp2, all of which the final
    /// exponentiation removes.
    /// </summary>
    private struct TwistWalker(AffinePoint<Fp2> q)
    {
        private readonly Fp2 _qx = q.X, _qy = q.Y;
        private Fp2 _x = q.X, _y = q.Y, _z = Fp2.One;

        /// <summary>
        /// T ← 2T; tangent at T. Slope λ = 3X²/(2YZ); using Y²Z = X³ + b'Z³ the scaled line is
        /// (Y² − 3b'Z²) − 3X²·xP·w² + 2YZ·yP·w³.
        /// </summary>
        public LineCoefficients Double()
        {
            Fp2 xx = Fp2.Square(_x);
            Fp2 yy = Fp2.Square(_y);
            Fp2 zz = Fp2.Square(_z);
            Fp2 w = xx + xx + xx;
            Fp2 s = _y * _z;

            // 3b'·Z² with b' = 4ξ: twelve times ξ·Z².
            Fp2 fourXiZz = Fp2.Double(Fp2.Double(Fp2.MultiplyByNonResidue(zz)));
            var line = new LineCoefficients(yy - (fourXiZz + fourXiZz + fourXiZz), -w, Fp2.Double(s));

            // B = X·Y·s, h = w² − 8B, X3 = 2hs, Y3 = w(4B − h) − 8Y²s², Z3 = 8s³.
            Fp2 fourB = Fp2.Double(Fp2.Double(_x * _y * s));
            Fp2 h = Fp2.Square(w) - Fp2.Double(fourB);
            Fp2 ss = Fp2.Square(s);
            _x = Fp2.Double(h * s);
            _y = w * (fourB - h) - Fp2.Double(Fp2.Double(Fp2.Double(yy * ss)));
            _z = Fp2.Double(Fp2.Double(Fp2.Double(ss * s)));
            return line;
        }

        /// <summary>
        /// T ← T + Q; chord through T and Q. With θ = yQ·Z − Y, δ = xQ·Z − X (slope θ/δ) the scaled line is
        /// (θ·xQ − δ·yQ) − θ·xP·w² + δ·yP·w³.
        /// </summary>
        public LineCoefficients AddBase()
        {
            Fp2 theta = _qy * _z - _y;
            Fp2 delta = _qx * _z - _x;
            var line = new LineCoefficients(theta * _qx - delta * _qy, -theta, delta);

            // A = θ²Z − δ³ − 2δ²X, X3 = δA, Y3 = θ(δ²X − A) − δ³Y, Z3 = δ³Z.
            Fp2 dd = Fp2.Square(delta);
            Fp2 ddd = dd * delta;
            Fp2 ddX = dd * _x;
            Fp2 a = Fp2.Square(theta) * _z - ddd - Fp2.Double(ddX);
            _x = delta * a;
            _y = theta * (ddX - a) - ddd * _y;
            _z = ddd * _z;
            return line;
        }
    }
}

/// <summary>One Miller-loop line with the G1 point factored out: ℓ(P) = L0 + (Lx·xP)·w² + (Ly·yP)·w³.</summary>
internal readonly struct LineCoefficients(Fp2 l0, Fp2 lx, Fp2 ly)
{
    public readonly Fp2 L0 = l0, Lx = lx, Ly = ly;
}
