using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// The endomorphism ψ = twist ∘ Frobenius ∘ untwist of the G2 curve E'(Fp2). The M-type twist untwists as
/// (x, y) ↦ (x/w², y/w³) with w⁶ = ξ = 1 + u, so ψ(x, y) = (x̄·ξ^−(p−1)/3, ȳ·ξ^−(p−1)/2), where the bar is
/// conjugation (the p-power map of Fp2). On G2, ψ acts as multiplication by p ≡ x (mod r); EIP-2537's
/// fast_subgroup_checks.md and RFC 9380 (psi in clear_cofactor_bls12381_g2) use the same map.
/// </summary>
public static class G2Psi
{
    /// <summary>ξ^−(p−1)/3, the x-coordinate factor (derived, not transcribed).</summary>
    internal static readonly Fp2 XFactor = Fp2.Invert(Fp2.Pow(Fp2.NonResidue, (Fp.Modulus - 1) / 3));

    /// <summary>ξ^−(p−1)/2, the y-coordinate factor.</summary>
    internal static readonly Fp2 YFactor = Fp2.Invert(Fp2.Pow(Fp2.NonResidue, (Fp.Modulus - 1) / 2));

    /// <summary>
    /// ψ in Jacobian coordinates: x = X/Z² gives x̄ = X̄/Z̄², so conjugating all three coordinates and scaling X and Y
    /// by the affine factors is exact.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JacobianPoint<Fp2> Apply(in JacobianPoint<Fp2> p) =>
        new(Fp2.Conjugate(p.X) * XFactor, Fp2.Conjugate(p.Y) * YFactor, Fp2.Conjugate(p.Z));
}
