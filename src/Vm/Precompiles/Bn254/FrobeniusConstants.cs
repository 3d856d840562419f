using System.Numerics;

namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// Constants of the p-power Frobenius on the tower, derived here from their definitions rather than pasted:
/// with F_p¹² = F_p²[w]/(w⁶ − ξ), (c·wⁱ)^p = conj(c)·γᵢ·wⁱ where γᵢ = ξ^(i(p−1)/6), and (c·wⁱ)^(p²) = c·δᵢ·wⁱ
/// where δᵢ = γᵢ·conj(γᵢ) ∈ F_p ("Pairings for beginners", Costello, §7).
/// </summary>
internal static class FrobeniusConstants
{
    public static readonly Fp2 Gamma1 = Gamma(1), Gamma2 = Gamma(2), Gamma3 = Gamma(3), Gamma4 = Gamma(4), Gamma5 = Gamma(5);
    public static readonly Fp Delta1 = Delta(1), Delta2 = Delta(2), Delta3 = Delta(3), Delta4 = Delta(4), Delta5 = Delta(5);

    /// <summary>γᵢ = ξ^(i(p−1)/6).</summary>
    public static Fp2 Gamma(int i)
    {
        BigInteger p = BigInteger.Parse("21888242871839275222246405745257275088696311157297823662689037894645226208583");
        byte[] exponent = (i * (p - 1) / 6).ToByteArray(isUnsigned: true, isBigEndian: true);
        return Fp2.Pow(Fp2.Xi, exponent);
    }

    /// <summary>δᵢ = N(γᵢ) = ξ^(i(p²−1)/6); the imaginary part of a norm is zero, so the real part is the value.</summary>
    public static Fp Delta(int i)
    {
        Fp2 gamma = Gamma(i);
        return (gamma * Fp2.Conjugate(gamma)).Real;
    }
}
