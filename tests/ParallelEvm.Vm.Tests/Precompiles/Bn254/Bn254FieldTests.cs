using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bn254;
using static ParallelEvm.Vm.Tests.Precompiles.Bn254.Bn254Reference;

namespace ParallelEvm.Vm.Tests.Precompiles.Bn254;

public class Bn254FieldTests
{
    [Fact]
    public void Fp_arithmetic_matches_BigInteger_modular_arithmetic()
    {
        var random = new Random(1108);
        var edge = new[] { BigInteger.Zero, BigInteger.One, P - 1, P - 2, (P - 1) / 2, BigInteger.Pow(2, 255) % P, BigInteger.Pow(2, 128) };
        var values = edge.Concat(Enumerable.Range(0, 200).Select(_ => ToBig(RandomFp(random)))).ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            BigInteger a = values[i], b = values[(i * 7 + 3) % values.Length];
            Fp fa = ToFp(a), fb = ToFp(b);
            Assert.Equal(Mod(a + b), ToBig(fa + fb));
            Assert.Equal(Mod(a - b), ToBig(fa - fb));
            Assert.Equal(Mod(-a), ToBig(-fa));
            Assert.Equal(Mod(a * b), ToBig(fa * fb));
            Assert.Equal(Mod(a * a), ToBig(Fp.Square(fa)));
            if (a != 0) Assert.Equal(BigInteger.ModPow(a, P - 2, P), ToBig(Fp.Inverse(fa)));
        }
    }

    [Fact]
    public void Fp_constants_are_one_and_small_integers()
    {
        Assert.Equal(BigInteger.One, ToBig(Fp.One));
        Assert.Equal(new BigInteger(9), ToBig(Fp.FromUInt64(9)));
        Assert.Equal(BigInteger.Zero, ToBig(Fp.Zero));
    }

    [Fact]
    public void Fp_rejects_encodings_at_or_above_the_modulus()
    {
        Assert.False(Fp.TryReadBigEndian(Word(P), out _));
        Assert.False(Fp.TryReadBigEndian(Word(P + 1), out _));
        Assert.False(Fp.TryReadBigEndian(Enumerable.Repeat((byte)0xff, 32).ToArray(), out _));
        Assert.True(Fp.TryReadBigEndian(Word(P - 1), out Fp max));
        Assert.Equal(P - 1, ToBig(max));
    }

    [Fact]
    public void Fp2_multiplication_follows_i_squared_minus_one()
    {
        var random = new Random(2);
        for (int n = 0; n < 50; n++)
        {
            BigInteger a = ToBig(RandomFp(random)), b = ToBig(RandomFp(random)), c = ToBig(RandomFp(random)), d = ToBig(RandomFp(random));
            Fp2 product = ToFp2(a, b) * ToFp2(c, d);
            Assert.Equal(Mod(a * c - b * d), ToBig(product.Real));
            Assert.Equal(Mod(a * d + b * c), ToBig(product.Imaginary));
            Assert.Equal(ToFp2(a, b) * ToFp2(a, b), Fp2.Square(ToFp2(a, b)));
            Assert.Equal(ToFp2(a, b) * Fp2.Xi, Fp2.MulByXi(ToFp2(a, b)));
        }
        Assert.Equal(-Fp2.One, ToFp2(0, 1) * ToFp2(0, 1));
    }

    [Fact]
    public void Inverses_multiply_to_one_in_every_tower_level()
    {
        var random = new Random(3);
        for (int n = 0; n < 10; n++)
        {
            Fp2 a2 = RandomFp2(random);
            Assert.Equal(Fp2.One, a2 * Fp2.Inverse(a2));
            Fp6 a6 = RandomFp6(random);
            Assert.Equal(Fp6.One, a6 * Fp6.Inverse(a6));
            Fp12 a12 = RandomFp12(random);
            Assert.Equal(Fp12.One, a12 * Fp12.Inverse(a12));
        }
    }

    [Fact]
    public void Fp6_and_Fp12_squaring_and_sparse_products_agree_with_general_multiplication()
    {
        var random = new Random(4);
        for (int n = 0; n < 10; n++)
        {
            Fp6 a6 = RandomFp6(random);
            Assert.Equal(a6 * a6, Fp6.Square(a6));
            Fp2 b0 = RandomFp2(random), b1 = RandomFp2(random);
            Assert.Equal(a6 * new Fp6(b0, b1, Fp2.Zero), Fp6.MulBy01(a6, b0, b1));
            Assert.Equal(a6 * new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero), Fp6.MulByV(a6));

            Fp12 a12 = RandomFp12(random);
            Assert.Equal(a12 * a12, Fp12.Square(a12));
            Fp2 l0 = RandomFp2(random), l1 = RandomFp2(random), l3 = RandomFp2(random);
            var line = new Fp12(new Fp6(l0, Fp2.Zero, Fp2.Zero), new Fp6(l1, l3, Fp2.Zero));
            Assert.Equal(a12 * line, Fp12.MulByLine(a12, l0, l1, l3));
        }
    }

    [Fact]
    public void Tower_relations_v_cubed_is_xi_and_w_squared_is_v()
    {
        var v = new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero);
        Assert.Equal(new Fp6(Fp2.Xi, Fp2.Zero, Fp2.Zero), v * v * v);
        var w = new Fp12(Fp6.Zero, Fp6.One);
        Assert.Equal(new Fp12(v, Fp6.Zero), w * w);
    }

    [Fact]
    public void Frobenius_maps_equal_raising_to_p_and_p_squared()
    {
        var random = new Random(5);
        Fp12 a = RandomFp12(random);
        Assert.Equal(Pow(a, P), Fp12.Frobenius(a));
        Assert.Equal(Pow(a, P * P), Fp12.FrobeniusSquared(a));
        Assert.Equal(Fp12.Frobenius(Fp12.Frobenius(a)), Fp12.FrobeniusSquared(a));
    }

    [Fact]
    public void Frobenius_norm_constants_lie_in_the_base_field()
    {
        for (int i = 1; i < 6; i++)
        {
            Fp2 gamma = FrobeniusConstants.Gamma(i);
            Assert.True((gamma * Fp2.Conjugate(gamma)).Imaginary.IsZero);
        }
        // ξ^((p²−1)/2) = −1 because ξ is a non-square in F_p² (needed for the sextic twist).
        Assert.Equal(-Fp.One, FrobeniusConstants.Delta3);
    }

    /// <summary>f^((p⁶ − 1)(p² + 1)) lies in the cyclotomic subgroup, where the fast squaring applies.</summary>
    private static Fp12 RandomCyclotomic(Random random)
    {
        Fp12 f = RandomFp12(random);
        Fp12 t = Fp12.Conjugate(f) * Fp12.Inverse(f);
        return Fp12.FrobeniusSquared(t) * t;
    }

    [Fact]
    public void Cyclotomic_squaring_and_power_agree_with_generic_ones_inside_the_subgroup()
    {
        var random = new Random(6);
        Fp12 m = RandomCyclotomic(random);
        Assert.True(Pow(m, BigInteger.Pow(P, 4) - P * P + 1).IsOne); // really in the subgroup
        Assert.Equal(Fp12.Square(m), Fp12.CyclotomicSquare(m));
        Assert.Equal(Pow(m, MillerLoop.U), Fp12.CyclotomicPow(m, MillerLoop.U));
        Assert.Equal(Fp12.Inverse(m), Fp12.Conjugate(m));

        Fp12 outside = RandomFp12(random); // the shortcut is only valid in the subgroup
        Assert.NotEqual(Fp12.Square(outside), Fp12.CyclotomicSquare(outside));
    }
}
