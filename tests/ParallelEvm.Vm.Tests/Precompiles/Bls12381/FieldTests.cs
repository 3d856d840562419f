using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bls12381;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

public class FieldTests
{
    private static readonly BigInteger P = TestValues.P;

    [Fact]
    public void Modulus_matches_the_published_BLS12_381_prime()
    {
        Assert.Equal(P, Fp.Modulus);
        // p ≡ 3 (mod 4) is what the square-root exponent (p+1)/4 relies on.
        Assert.Equal(3, (int)(P % 4));
    }

    [Fact]
    public void Arithmetic_agrees_with_integer_arithmetic_mod_p()
    {
        var values = new TestValues(1);
        BigInteger[] edges = [0, 1, 2, P - 1, P - 2, (P - 1) / 2, BigInteger.Pow(2, 383) % P];
        var samples = edges.Concat(Enumerable.Range(0, 300).Select(_ => values.Integer(P))).ToArray();
        for (int i = 0; i < samples.Length; i++)
        {
            BigInteger a = samples[i], b = samples[(i * 7 + 3) % samples.Length];
            Fp x = Fp.FromBigInteger(a), y = Fp.FromBigInteger(b);
            Assert.Equal((a * b) % P, (x * y).ToBigInteger());
            Assert.Equal((a + b) % P, (x + y).ToBigInteger());
            Assert.Equal(((a - b) % P + P) % P, (x - y).ToBigInteger());
            Assert.Equal((P - a) % P, (-x).ToBigInteger());
            Assert.Equal((a * a) % P, Fp.Square(x).ToBigInteger());
        }
    }

    [Fact]
    public void Inverse_times_element_is_one()
    {
        var values = new TestValues(2);
        for (int i = 0; i < 50; i++)
        {
            Fp a = values.Fp();
            Assert.True((a * Fp.Invert(a)).IsOne);
        }
        Assert.True(Fp.Invert(Fp.Zero).IsZero);
    }

    [Fact]
    public void Square_roots_exist_exactly_for_squares()
    {
        var values = new TestValues(3);
        for (int i = 0; i < 50; i++)
        {
            Fp a = values.Fp();
            Fp square = Fp.Square(a);
            Assert.True(Fp.TrySqrt(square, out Fp root));
            Assert.True(root == a || root == -a);
            // −1 is a non-residue (p ≡ 3 mod 4), so −a² has no root unless a = 0.
            Assert.False(Fp.TrySqrt(-square, out _));
        }
    }

    [Fact]
    public void Big_endian_encoding_round_trips_and_rejects_non_canonical_values()
    {
        var values = new TestValues(4);
        var buffer = new byte[48];
        for (int i = 0; i < 20; i++)
        {
            Fp a = values.Fp();
            a.WriteBigEndian(buffer);
            Assert.Equal(a.ToBigInteger(), TestValues.FromBytes(buffer));
            Assert.True(Fp.TryFromBigEndian(buffer, out Fp back));
            Assert.Equal(a, back);
        }
        Assert.False(Fp.TryFromBigEndian(Convert.FromHexString(P.ToString("x97")[1..]), out _));
        Assert.False(Fp.TryFromBigEndian(Enumerable.Repeat((byte)0xff, 48).ToArray(), out _));
        Assert.True(Fp.TryFromBigEndian(Convert.FromHexString((P - 1).ToString("x97")[1..]), out Fp max));
        Assert.Equal(P - 1, max.ToBigInteger());
    }

    [Fact]
    public void Fp2_multiplication_matches_schoolbook_with_u_squared_minus_one()
    {
        var values = new TestValues(5);
        for (int i = 0; i < 50; i++)
        {
            Fp2 a = values.Fp2(), b = values.Fp2();
            BigInteger a0 = a.C0.ToBigInteger(), a1 = a.C1.ToBigInteger(), b0 = b.C0.ToBigInteger(), b1 = b.C1.ToBigInteger();
            Fp2 product = a * b;
            Assert.Equal(((a0 * b0 - a1 * b1) % P + P) % P, product.C0.ToBigInteger());
            Assert.Equal((a0 * b1 + a1 * b0) % P, product.C1.ToBigInteger());
            Assert.Equal(product, Fp2.Multiply(b, a));
            Assert.Equal(a * a, Fp2.Square(a));
            Assert.Equal(a * Fp2.NonResidue, Fp2.MultiplyByNonResidue(a));
            Assert.True((a * Fp2.Invert(a)).IsOne);
        }
        var u = new Fp2(Fp.Zero, Fp.One);
        Assert.Equal(-Fp2.One, u * u);
    }

    [Fact]
    public void Fp2_square_roots_of_squares_and_the_non_residue()
    {
        var values = new TestValues(6);
        for (int i = 0; i < 30; i++)
        {
            Fp2 a = values.Fp2();
            Assert.True(Fp2.TrySqrt(Fp2.Square(a), out Fp2 root));
            Assert.Equal(Fp2.Square(a), Fp2.Square(root));
        }
        // Elements of Fp (imaginary part zero), including non-squares of Fp which are squares in Fp2.
        Assert.True(Fp2.TrySqrt(new Fp2(-Fp.FromUInt64(4), Fp.Zero), out Fp2 twoU));
        Assert.Equal(new Fp2(-Fp.FromUInt64(4), Fp.Zero), Fp2.Square(twoU));
        // ξ = 1 + u must be a non-square for Fp6 = Fp2[v]/(v³ − ξ) to be a field tower with w⁶ = ξ.
        Assert.False(Fp2.TrySqrt(Fp2.NonResidue, out _));
        Assert.False(Fp2.TrySqrt(Fp2.NonResidue * Fp2.Square(values.Fp2()), out _));
    }

    [Fact]
    public void Fp6_and_Fp12_satisfy_field_axioms()
    {
        var values = new TestValues(7);
        for (int i = 0; i < 5; i++)
        {
            Fp6 a = values.Fp6(), b = values.Fp6(), c = values.Fp6();
            Assert.Equal((a * b) * c, a * (b * c));
            Assert.Equal(a * (b + c), a * b + a * c);
            Assert.Equal(a * b, b * a);
            Assert.Equal(a * a, Fp6.Square(a));
            Assert.Equal(Fp6.One, a * Fp6.Invert(a));
            Assert.Equal(a * new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero), Fp6.MultiplyByV(a));

            Fp12 x = values.Fp12(), y = values.Fp12(), z = values.Fp12();
            Assert.Equal((x * y) * z, x * (y * z));
            Assert.Equal(x * y, y * x);
            Assert.Equal(x * x, Fp12.Square(x));
            Assert.True((x * Fp12.Invert(x)).IsOne);
        }
    }

    [Fact]
    public void Sparse_line_multiplication_matches_full_multiplication()
    {
        var values = new TestValues(8);
        for (int i = 0; i < 10; i++)
        {
            Fp12 f = values.Fp12();
            Fp2 l0 = values.Fp2(), l2 = values.Fp2(), l3 = values.Fp2();
            var line = new Fp12(new Fp6(l0, l2, Fp2.Zero), new Fp6(Fp2.Zero, l3, Fp2.Zero));
            Assert.Equal(f * line, Fp12.MultiplyByLine(f, l0, l2, l3));
        }
    }

    [Fact]
    public void Cyclotomic_squaring_matches_squaring_in_the_cyclotomic_subgroup()
    {
        var values = new TestValues(10);
        for (int i = 0; i < 5; i++)
        {
            // f^((p⁶ − 1)(p² + 1)) lies in the cyclotomic subgroup.
            Fp12 f = values.Fp12();
            Fp12 g = Fp12.Conjugate(f) * Fp12.Invert(f);
            g = Fp12.Frobenius(g, 2) * g;
            Assert.Equal(Fp12.Square(g), Fp12.CyclotomicSquare(g));
        }
    }

    [Fact]
    public void Frobenius_equals_raising_to_p()
    {
        var values = new TestValues(9);
        Fp12 a = values.Fp12();
        Fp12 ap = Fp12.Pow(a, P);
        Assert.Equal(ap, Fp12.Frobenius(a, 1));
        Fp12 ap2 = Fp12.Frobenius(ap, 1);
        Assert.Equal(ap2, Fp12.Frobenius(a, 2));
        Assert.Equal(Fp12.Frobenius(ap2, 1), Fp12.Frobenius(a, 3));
        // p^6: conjugation.
        Fp12 ap6 = Fp12.Frobenius(Fp12.Frobenius(a, 3), 3);
        Assert.Equal(Fp12.Conjugate(a), ap6);
    }
}
