using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bls12381;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

/// <summary>
/// Structure of the RFC 9380 map (the end-to-end answers are in <see cref="Eip2537PrecompileTests"/>): the SWU
/// images lie on the isogenous curves, the isogenies land on BLS12-381, and cofactor clearing lands in G1/G2.
/// </summary>
public class MapToCurveTests
{
    // RFC 9380 section 8.8.2 / EIP-2537 field_to_curve.md: h_eff for G2.
    private static readonly byte[] G2EffectiveCofactor = Convert.FromHexString(
        "0bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c2f178731db956d82bf015d1212b02ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551");

    [Fact]
    public void G1_swu_images_lie_on_E1_prime_and_map_onto_the_curve_then_into_G1()
    {
        var values = new TestValues(21);
        var curve = G1Isogeny.Curve;
        foreach (Fp u in new[] { Fp.Zero, Fp.One, -Fp.One }.Concat(Enumerable.Range(0, 8).Select(_ => values.Fp())))
        {
            AffinePoint<Fp> onIsogenous = SimplifiedSwu.Map(u, curve);
            Assert.Equal(Fp.Square(onIsogenous.Y), curve.G(onIsogenous.X));
            Assert.Equal(u.Sgn0(), onIsogenous.Y.Sgn0());

            AffinePoint<Fp> onCurve = G1Isogeny.Map(onIsogenous).ToAffine();
            Assert.True(G1.IsOnCurve(onCurve)); // any mistyped isogeny constant breaks this

            AffinePoint<Fp> mapped = MapToCurve.ToG1(u);
            Assert.True(G1.IsInSubgroupByOrder(mapped));
            Assert.Equal(onCurve.ToJacobian().Multiply(MapToCurve.G1EffectiveCofactor).ToAffine(), mapped);
        }
    }

    [Fact]
    public void G2_swu_images_lie_on_E2_prime_and_map_onto_the_twist_then_into_G2()
    {
        var values = new TestValues(22);
        var curve = G2Isogeny.Curve;
        Fp2[] inputs = [Fp2.Zero, Fp2.One, new Fp2(Fp.Zero, Fp.One), values.Fp2(), values.Fp2(), values.Fp2(), values.Fp2()];
        foreach (Fp2 u in inputs)
        {
            AffinePoint<Fp2> onIsogenous = SimplifiedSwu.Map(u, curve);
            Assert.Equal(Fp2.Square(onIsogenous.Y), curve.G(onIsogenous.X));
            Assert.Equal(u.Sgn0(), onIsogenous.Y.Sgn0());

            JacobianPoint<Fp2> onTwist = G2Isogeny.Map(onIsogenous);
            Assert.True(G2.IsOnCurve(onTwist.ToAffine()));

            // The ψ-based clearing equals multiplication by the RFC's 636-bit h_eff, and lands in G2.
            JacobianPoint<Fp2> cleared = MapToCurve.ClearG2Cofactor(onTwist);
            Assert.True(cleared.IsSamePoint(onTwist.Multiply(G2EffectiveCofactor)));
            Assert.True(G2.IsInSubgroupByOrder(cleared.ToAffine()));
            Assert.Equal(cleared.ToAffine(), MapToCurve.ToG2(u));
        }
    }

    [Fact]
    public void Psi_factors_match_the_eip_fast_subgroup_check_constants()
    {
        // EIP-2537 fast_subgroup_checks.md: psi((x, y)) = (conjugate(x)·r, conjugate(y)·s).
        BigInteger r = BigInteger.Parse("4002409555221667392624310435006688643935503118305586438271171395842971157480381377015405980053539358417135540939437");
        BigInteger s0 = BigInteger.Parse("2973677408986561043442465346520108879172042883009249989176415018091420807192182638567116318576472649347015917690530");
        BigInteger s1 = BigInteger.Parse("1028732146235106349975324479215795277384839936929757896155643118032610843298655225875571310552543014690878354869257");
        Assert.Equal(new Fp2(Fp.Zero, Fp.FromBigInteger(r)), G2Psi.XFactor);
        Assert.Equal(new Fp2(Fp.FromBigInteger(s0), Fp.FromBigInteger(s1)), G2Psi.YFactor);
    }

    [Fact]
    public void Psi_acts_as_multiplication_by_x_on_G2()
    {
        var values = new TestValues(23);
        JacobianPoint<Fp2> q = G2.Generator.ToJacobian().Multiply(values.Scalar());
        Assert.True(G2Psi.Apply(q).IsSamePoint(q.Multiply(Pairing.AbsX).Negate()));
        Assert.True(G2.IsOnCurve(G2Psi.Apply(q).ToAffine()));
    }

    [Fact]
    public void G2_endomorphism_subgroup_test_agrees_with_multiplying_by_r()
    {
        var values = new TestValues(24);
        int outside = 0;
        for (int i = 0; i < 6; i++)
        {
            // Isogeny images before cofactor clearing: on the twist, almost never in G2.
            AffinePoint<Fp2> point = G2Isogeny.Map(SimplifiedSwu.Map(values.Fp2(), G2Isogeny.Curve)).ToAffine();
            bool expected = G2.IsInSubgroupByOrder(point);
            Assert.Equal(expected, G2.IsInSubgroup(point));
            if (!expected) outside++;
        }
        Assert.True(outside > 0);
        Assert.True(G2.IsInSubgroup(AffinePoint<Fp2>.Infinity));
        Assert.True(G2.IsInSubgroup(G2.Generator.ToJacobian().Multiply(values.Scalar()).ToAffine()));
        Assert.False(G2.IsInSubgroup(new AffinePoint<Fp2>(Fp2.One, Fp2.One))); // not on the twist
    }
}
