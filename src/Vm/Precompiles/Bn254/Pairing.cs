namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>The optimal ate pairing e: G1 × G2 → μ_r ⊂ F_p¹² on BN254 (EIP-197).</summary>
internal static class Pairing
{
    /// <summary>e(P, Q) for affine points, (0, 0) standing for infinity (which pairs to 1).</summary>
    public static Fp12 Compute(in Fp px, in Fp py, in Fp2 qx, in Fp2 qy)
    {
        if ((px.IsZero && py.IsZero) || (qx.IsZero && qy.IsZero)) return Fp12.One;
        return FinalExponentiation.Apply(MillerLoop.Run([(px, py)], [(qx, qy)]));
    }

    /// <summary>Whether Π e(Pᵢ, Qᵢ) = 1 (the EIP-197 check); an empty product is 1. Points must already be validated.</summary>
    public static bool IsProductOne(ReadOnlySpan<(Fp X, Fp Y)> p, ReadOnlySpan<(Fp2 X, Fp2 Y)> q)
    {
        if (p.Length != q.Length) throw new ArgumentException("P and Q counts differ");
        // Pairs with a point at infinity contribute 1: drop them, which also keeps them out of the line formulas.
        var keptP = new List<(Fp X, Fp Y)>(p.Length);
        var keptQ = new List<(Fp2 X, Fp2 Y)>(q.Length);
        for (int i = 0; i < p.Length; i++)
        {
            bool pIsInfinity = p[i].X.IsZero && p[i].Y.IsZero;
            bool qIsInfinity = q[i].X.IsZero && q[i].Y.IsZero;
            if (pIsInfinity || qIsInfinity) continue;
            keptP.Add(p[i]);
            keptQ.Add(q[i]);
        }
        if (keptP.Count == 0) return true;
        Fp12 f = MillerLoop.Run(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keptP),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keptQ));
        return FinalExponentiation.Apply(f).IsOne;
    }
}
