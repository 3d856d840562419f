using ParallelEvm.Vm.Precompiles.Bls12381;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

/// <summary>Pippenger MSM against the plain sum of double-and-add products.</summary>
public class MultiScalarMultiplicationTests
{
    private static JacobianPoint<F> Naive<F>(AffinePoint<F>[] points, byte[] scalars) where F : struct, IField<F>
    {
        JacobianPoint<F> sum = JacobianPoint<F>.Infinity;
        for (int i = 0; i < points.Length; i++) sum = sum.Add(points[i].ToJacobian().Multiply(scalars.AsSpan(i * 32, 32)));
        return sum;
    }

    /// <summary>Random scalars with the edge cases mixed in: zero, one, all-ones (above r) and r itself.</summary>
    private static byte[] Scalars(TestValues values, int count, Random random)
    {
        var scalars = new byte[count * 32];
        for (int i = 0; i < count; i++)
        {
            Span<byte> s = scalars.AsSpan(i * 32, 32);
            switch (i % 7)
            {
                case 1: s.Clear(); break;
                case 2: s.Clear(); s[31] = 1; break;
                case 3: s.Fill(0xff); break;
                case 4: TestValues.ToBytes32(TestValues.R).CopyTo(s); break;
                case 5: random.NextBytes(s); s[..24].Clear(); break; // small scalar
                default: values.Scalar().CopyTo(s); break;
            }
        }
        return scalars;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(40)]
    [InlineData(130)]
    public void G1_msm_matches_the_naive_sum(int count)
    {
        var values = new TestValues(30 + count);
        var random = new Random(count);
        var points = new AffinePoint<Fp>[count];
        for (int i = 0; i < count; i++)
        {
            points[i] = i % 5 == 4 ? AffinePoint<Fp>.Infinity
                : i % 5 == 3 ? points[i - 1] // repeated point: buckets see P + P
                : G1.Generator.ToJacobian().Multiply(values.Scalar()).ToAffine();
        }
        byte[] scalars = Scalars(values, count, random);
        Assert.True(MultiScalarMultiplication.Compute<Fp>(points, scalars).IsSamePoint(Naive(points, scalars)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(33)]
    public void G2_msm_matches_the_naive_sum(int count)
    {
        var values = new TestValues(40 + count);
        var random = new Random(count);
        var points = new AffinePoint<Fp2>[count];
        for (int i = 0; i < count; i++)
            points[i] = i % 4 == 3 ? points[i - 1] : G2.Generator.ToJacobian().Multiply(values.Scalar()).ToAffine();
        byte[] scalars = Scalars(values, count, random);
        Assert.True(MultiScalarMultiplication.Compute<Fp2>(points, scalars).IsSamePoint(Naive(points, scalars)));
    }

    [Fact]
    public void Opposite_points_cancel_and_all_zero_scalars_give_infinity()
    {
        var values = new TestValues(50);
        AffinePoint<Fp> p = G1.Generator.ToJacobian().Multiply(values.Scalar()).ToAffine();
        byte[] s = values.Scalar();
        Assert.True(MultiScalarMultiplication.Compute<Fp>([p, p.Negate()], [.. s, .. s]).IsInfinity);
        Assert.True(MultiScalarMultiplication.Compute<Fp>([p, p, p], new byte[96]).IsInfinity);
    }

    [Fact]
    public void Window_width_grows_with_the_number_of_points()
    {
        Assert.True(MultiScalarMultiplication.WindowBits(2) <= MultiScalarMultiplication.WindowBits(16));
        Assert.True(MultiScalarMultiplication.WindowBits(16) < MultiScalarMultiplication.WindowBits(1000));
    }

    [Fact]
    public void Mixed_addition_matches_jacobian_addition()
    {
        var values = new TestValues(51);
        JacobianPoint<Fp2> p = G2.Generator.ToJacobian().Multiply(values.Scalar());
        AffinePoint<Fp2> q = G2.Generator.ToJacobian().Multiply(values.Scalar()).ToAffine();
        Assert.True(p.AddAffine(q).IsSamePoint(p.Add(q.ToJacobian())));
        Assert.True(p.AddAffine(p.ToAffine()).IsSamePoint(p.Double()));
        Assert.True(p.AddAffine(p.ToAffine().Negate()).IsInfinity);
        Assert.True(JacobianPoint<Fp2>.Infinity.AddAffine(q).IsSamePoint(q.ToJacobian()));
        Assert.True(p.AddAffine(AffinePoint<Fp2>.Infinity).IsSamePoint(p));
    }
}
