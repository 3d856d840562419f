namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// The Miller loop of the optimal ate pairing on BN curves (Vercauteren 2010; Beuchat et al. 2010, Alg. 1):
/// f = f_{6u+2,Q}(P) · ℓ_{[6u+2]Q, π(Q)}(P) · ℓ_{[6u+2]Q+π(Q), −π²(Q)}(P), for many (P, Q) pairs at once so the
/// squarings of f are shared. The running point T stays on the twist in homogeneous projective coordinates
/// (x = X/Z, y = Y/Z) and every line is scaled by a factor in F_p², which the final exponentiation removes.
/// </summary>
internal static class MillerLoop
{
    /// <summary>BN parameter u for BN254 (p = 36u⁴+36u³+24u²+6u+1).</summary>
    public const ulong U = 4965661367192848881;

    /// <summary>Non-adjacent form of 6u + 2, most significant digit first (fewer additions than binary).</summary>
    private static readonly sbyte[] LoopDigits = NonAdjacentForm(6 * (UInt128)U + 2);

    /// <summary>Running state for one pair: T on the twist, Q affine, and P's coordinates prepared for the lines.</summary>
    private struct PairState
    {
        public Fp2 TX, TY, TZ;
        public Fp2 QX, QY, NegQY;
        public Fp PY, NegPX;
    }

    /// <summary>The product of the Miller loop values of all pairs. Pairs with a point at infinity must be left out
    /// by the caller (they contribute 1 to the pairing product).</summary>
    public static Fp12 Run(ReadOnlySpan<(Fp X, Fp Y)> p, ReadOnlySpan<(Fp2 X, Fp2 Y)> q)
    {
        if (p.Length != q.Length) throw new ArgumentException("P and Q counts differ");
        var pairs = new PairState[p.Length];
        for (int j = 0; j < pairs.Length; j++)
        {
            ref PairState s = ref pairs[j];
            (s.TX, s.TY, s.TZ) = (q[j].X, q[j].Y, Fp2.One);
            (s.QX, s.QY, s.NegQY) = (q[j].X, q[j].Y, -q[j].Y);
            (s.PY, s.NegPX) = (p[j].Y, -p[j].X);
        }

        Fp12 f = Fp12.One;
        for (int i = 1; i < LoopDigits.Length; i++)
        {
            if (i > 1) f = Fp12.Square(f);
            for (int j = 0; j < pairs.Length; j++) f = DoublingStep(ref pairs[j], f);
            int digit = LoopDigits[i];
            if (digit == 0) continue;
            for (int j = 0; j < pairs.Length; j++)
            {
                ref PairState s = ref pairs[j];
                f = AdditionStep(ref s, s.QX, digit > 0 ? s.QY : s.NegQY, f);
            }
        }

        for (int j = 0; j < pairs.Length; j++)
        {
            // u > 0 for BN254, so no final conjugation; add π(Q), then −π²(Q) (the last point is never needed).
            ref PairState s = ref pairs[j];
            (Fp2 q1x, Fp2 q1y) = G2.Frobenius(s.QX, s.QY);
            (Fp2 q2x, Fp2 q2y) = G2.FrobeniusSquared(s.QX, s.QY);
            f = AdditionStep(ref s, q1x, q1y, f);
            f = AdditionStep(ref s, q2x, -q2y, f);
        }
        return f;
    }

    /// <summary>
    /// T ← 2T and f·ℓ_{T,T}(P). With b' the twist constant, A = Y², B = b'Z²:
    /// the tangent ℓ = yP − λ·xP·w + (λ·xT − yT)·w³ scaled by 2YZ gives (2YZ·yP, −3X²·xP, A − 3B) using
    /// X³ = Z(A − B) from the curve equation; 2T = (2XY(A − 9B), (A + 9B)² − 108B², 8AYZ).
    /// </summary>
    private static Fp12 DoublingStep(ref PairState s, in Fp12 f)
    {
        Fp2 a = Fp2.Square(s.TY);
        Fp2 b = Fp2.Square(s.TZ) * G2.B;
        Fp2 b3 = Fp2.Double(b) + b;
        Fp2 b9 = Fp2.Double(b3) + b3;
        Fp2 xx = Fp2.Square(s.TX);
        Fp2 yz = s.TY * s.TZ;

        Fp2 l0 = Fp2.Double(yz) * s.PY;
        Fp2 l1 = (Fp2.Double(xx) + xx) * s.NegPX;
        Fp2 l3 = a - b3;

        Fp2 x3 = Fp2.Double(s.TX * s.TY * (a - b9));
        Fp2 y3 = Fp2.Square(a + b9) - Times108(Fp2.Square(b));
        Fp2 z3 = Fp2.Double(Fp2.Double(Fp2.Double(a * yz)));
        (s.TX, s.TY, s.TZ) = (x3, y3, z3);
        return Fp12.MulByLine(f, l0, l1, l3);
    }

    private static Fp2 Times108(in Fp2 v)
    {
        Fp2 v4 = Fp2.Double(Fp2.Double(v));
        Fp2 v12 = Fp2.Double(v4) + v4;
        Fp2 v36 = Fp2.Double(v12) + v12;
        return Fp2.Double(v36) + v36;
    }

    /// <summary>
    /// T ← T + (qx, qy) and f·ℓ_{T,Q}(P). With θ = qy·Z − Y, δ = qx·Z − X (slope λ = θ/δ), the chord through Q
    /// scaled by δ is (δ·yP, −θ·xP, θ·qx − δ·qy); T + Q = (δE, θ(δ²X − E) − δ³Y, δ³Z) with E = θ²Z − δ³ − 2δ²X.
    /// When T = −Q (only in the very last step) δ = 0: the line is then vertical, still non-zero, and T is unused.
    /// </summary>
    private static Fp12 AdditionStep(ref PairState s, in Fp2 qx, in Fp2 qy, in Fp12 f)
    {
        Fp2 theta = qy * s.TZ - s.TY;
        Fp2 delta = qx * s.TZ - s.TX;

        Fp2 l0 = delta * s.PY;
        Fp2 l1 = theta * s.NegPX;
        Fp2 l3 = theta * qx - delta * qy;

        Fp2 deltaSquared = Fp2.Square(delta);
        Fp2 deltaCubed = deltaSquared * delta;
        Fp2 deltaSquaredX = deltaSquared * s.TX;
        Fp2 e = Fp2.Square(theta) * s.TZ - deltaCubed - Fp2.Double(deltaSquaredX);
        Fp2 x3 = delta * e;
        Fp2 y3 = theta * (deltaSquaredX - e) - deltaCubed * s.TY;
        Fp2 z3 = deltaCubed * s.TZ;
        (s.TX, s.TY, s.TZ) = (x3, y3, z3);
        return Fp12.MulByLine(f, l0, l1, l3);
    }

    private static sbyte[] NonAdjacentForm(UInt128 k)
    {
        var digits = new List<sbyte>();
        while (k != 0)
        {
            sbyte digit = 0;
            if ((k & 1) != 0)
            {
                digit = (sbyte)(2 - (int)(k & 3)); // 1 when k ≡ 1 (mod 4), −1 when k ≡ 3
                k = digit > 0 ? k - 1 : k + 1;
            }
            digits.Add(digit);
            k >>= 1;
        }
        digits.Reverse();
        return digits.ToArray();
    }
}
