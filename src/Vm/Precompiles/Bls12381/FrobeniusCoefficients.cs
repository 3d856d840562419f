using System.Numerics;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// γ(k, i) = ξ^(i·(p^k − 1)/6) for k = 1..3, i = 0..5: the factor wⁱ picks up under the p^k-power Frobenius
/// (w^(p^k) = w·(w⁶)^((p^k−1)/6)). Derived once from ξ rather than transcribed, so they cannot be mistyped.
/// </summary>
internal static class FrobeniusCoefficients
{
    private static readonly Fp2[][] Table = Build();

    public static ReadOnlySpan<Fp2> ForPower(int k) =>
        k is >= 1 and <= 3 ? Table[k - 1] : throw new ArgumentOutOfRangeException(nameof(k));

    private static Fp2[][] Build()
    {
        var table = new Fp2[3][];
        for (int k = 1; k <= 3; k++)
        {
            BigInteger step = (BigInteger.Pow(Fp.Modulus, k) - 1) / 6;
            table[k - 1] = new Fp2[6];
            for (int i = 0; i < 6; i++) table[k - 1][i] = Fp2.Pow(Fp2.NonResidue, step * i);
        }
        return table;
    }
}
