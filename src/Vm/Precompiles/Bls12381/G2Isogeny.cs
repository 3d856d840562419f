using System.Numerics;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// The curve E'₂: y² = x³ + 240u·x + 1012(1 + u) that simplified SWU maps Fp2 onto (Z = −(2 + u)), and the
/// 3-isogeny E'₂ → E₂ (RFC 9380 section 8.8.2 and appendix E.3; EIP-2537 field_to_curve.md, "Fp2-to-G2 mapping").
/// Coefficients are listed from the constant term up as (c0, c1) = c0 + c1·u; the denominators are monic.
/// </summary>
internal static class G2Isogeny
{
    public static readonly SimplifiedSwu.Curve<Fp2> Curve = new(
        new Fp2(Fp.Zero, Fp.FromUInt64(240)),
        new Fp2(Fp.FromUInt64(1012), Fp.FromUInt64(1012)),
        new Fp2(-Fp.FromUInt64(2), -Fp.One));

    private static readonly Fp2[] XNumerator =
    [
        Parse("5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6",
              "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"),
        Parse("0",
              "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"),
        Parse("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e",
              "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"),
        Parse("171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1",
              "0"),
    ];

    private static readonly Fp2[] XDenominator =
    [
        Parse("0",
              "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa63"),
        Parse("c",
              "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa9f"),
    ];

    private static readonly Fp2[] YNumerator =
    [
        Parse("1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706",
              "1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"),
        Parse("0",
              "5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"),
        Parse("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c",
              "8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"),
        Parse("124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10",
              "0"),
    ];

    private static readonly Fp2[] YDenominator =
    [
        Parse("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb",
              "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb"),
        Parse("0",
              "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa9d3"),
        Parse("12",
              "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa99"),
    ];

    /// <summary>iso_map as a Jacobian point with Z = x_den·y_den (see <see cref="IsogenyMap.ToJacobian{F}"/>).</summary>
    public static JacobianPoint<Fp2> Map(in AffinePoint<Fp2> p) =>
        IsogenyMap.ToJacobian(p,
            IsogenyMap.Horner<Fp2>(XNumerator, p.X, monic: false), IsogenyMap.Horner<Fp2>(XDenominator, p.X, monic: true),
            IsogenyMap.Horner<Fp2>(YNumerator, p.X, monic: false), IsogenyMap.Horner<Fp2>(YDenominator, p.X, monic: true));

    private static Fp2 Parse(string c0, string c1) => new(ParseFp(c0), ParseFp(c1));

    private static Fp ParseFp(string hex) => Fp.FromBigInteger(BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber));
}
