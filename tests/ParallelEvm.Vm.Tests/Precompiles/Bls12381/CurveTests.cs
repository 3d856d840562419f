using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bls12381;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

public class CurveTests
{
    // draft-irtf-cfrg-pairing-friendly-curves / ZCash: the G1 generator in compressed form.
    private const string G1GeneratorCompressed =
        "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb";

    // Ethereum KZG ceremony g2_monomial[0] (consensus-specs trusted_setup_4096.json): the G2 generator compressed.
    private const string G2GeneratorCompressed =
        "93e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e" +
        "024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8";

    private static readonly byte[] R = TestValues.ToBytes32(TestValues.R);
    private static readonly byte[] RMinusOne = TestValues.ToBytes32(TestValues.R - 1);

    [Fact]
    public void Generators_are_on_their_curves_and_have_order_r()
    {
        Assert.True(G1.IsOnCurve(G1.Generator));
        Assert.True(G2.IsOnCurve(G2.Generator));
        Assert.False(G1.Generator.IsInfinity);
        Assert.False(G2.Generator.IsInfinity);
        // r is prime, so [r]G = ∞ with G ≠ ∞ means the order is exactly r.
        Assert.True(G1.Generator.ToJacobian().Multiply(R).IsInfinity);
        Assert.True(G2.Generator.ToJacobian().Multiply(R).IsInfinity);
        Assert.Equal(G1.Generator.Negate(), G1.Generator.ToJacobian().Multiply(RMinusOne).ToAffine());
        Assert.Equal(G2.Generator.Negate(), G2.Generator.ToJacobian().Multiply(RMinusOne).ToAffine());
        Assert.True(G1.IsInSubgroup(G1.Generator));
        Assert.True(G2.IsInSubgroup(G2.Generator));
    }

    [Fact]
    public void Compressed_G1_generator_decodes_to_the_generator()
    {
        Assert.True(G1.TryDecompress(Convert.FromHexString(G1GeneratorCompressed), out AffinePoint<Fp> point));
        Assert.Equal(G1.Generator, point);
        Assert.Equal(G1GeneratorCompressed, Convert.ToHexString(G1.Compress(G1.Generator)).ToLowerInvariant());
        // The sign bit selects the other root: −G.
        byte[] negated = Convert.FromHexString(G1GeneratorCompressed);
        negated[0] ^= 0x20;
        Assert.True(G1.TryDecompress(negated, out AffinePoint<Fp> minus));
        Assert.Equal(G1.Generator.Negate(), minus);
    }

    [Fact]
    public void Compressed_G2_generator_and_kzg_tau_decode_into_G2()
    {
        Assert.True(G2.TryDecompress(Convert.FromHexString(G2GeneratorCompressed), out AffinePoint<Fp2> point));
        Assert.Equal(G2.Generator, point);
        Assert.Equal(G2GeneratorCompressed, Convert.ToHexString(G2.Compress(G2.Generator)).ToLowerInvariant());
        AffinePoint<Fp2> tau = Kzg.TauG2;
        Assert.True(G2.IsOnCurve(tau));
        Assert.True(G2.IsInSubgroup(tau));
        Assert.Equal(
            "b5bfd7dd8cdeb128843bc287230af38926187075cbfbefa81009a2ce615ac53d2914e5870cb452d2afaaab24f3499f72" +
            "185cbfee53492714734429b7b38608e23926c911cceceac9a36851477ba4c60b087041de621000edc98edada20c1def2",
            Convert.ToHexString(G2.Compress(tau)).ToLowerInvariant());
    }

    [Theory]
    [InlineData("c0" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", true)]
    [InlineData("e0" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", false)] // infinity with sign
    [InlineData("c0" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", false)] // infinity with x bits
    [InlineData("40" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", false)] // not compressed
    [InlineData("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb", false)] // C flag missing
    [InlineData("9a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", false)] // x = p
    [InlineData("80" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", false)] // x = 1: 5 is not a square
    public void G1_decompression_enforces_the_zcash_format(string hex, bool valid)
    {
        bool decoded = G1.TryDecompress(Convert.FromHexString(hex), out AffinePoint<Fp> point);
        Assert.Equal(valid, decoded);
        if (valid) Assert.True(point.IsInfinity);
    }

    [Fact]
    public void A_point_on_the_curve_outside_G1_is_rejected_by_the_subgroup_check()
    {
        // x = 0: y² = 4, the point (0, 2) has order 3.
        byte[] encoded = new byte[48];
        encoded[0] = 0x80;
        Assert.True(G1.TryDecompress(encoded, out AffinePoint<Fp> point));
        Assert.True(G1.IsOnCurve(point));
        Assert.False(G1.IsInSubgroup(point));
        Assert.True(point.ToJacobian().Multiply([3]).IsInfinity);
    }

    [Fact]
    public void Endomorphism_subgroup_test_agrees_with_multiplying_by_r()
    {
        var values = new TestValues(11);
        // Curve points from small x with x³ + 4 a square (mostly outside G1: the cofactor is large).
        foreach (byte x in new byte[] { 0, 4, 5, 6, 8, 9 })
        {
            byte[] encoded = new byte[48];
            encoded[0] = 0x80;
            encoded[47] = x;
            Assert.True(G1.TryDecompress(encoded, out AffinePoint<Fp> point));
            Assert.Equal(G1.IsInSubgroupByOrder(point), G1.IsInSubgroup(point));
            // Clearing the cofactor h = (x − 1)²/3 lands in G1.
            AffinePoint<Fp> cleared = point.ToJacobian().Multiply(Convert.FromHexString("396c8c005555e1568c00aaab0000aaab")).ToAffine();
            Assert.True(G1.IsInSubgroup(cleared));
            Assert.True(G1.IsInSubgroupByOrder(cleared));
        }
        for (int i = 0; i < 5; i++)
        {
            AffinePoint<Fp> member = G1.Generator.ToJacobian().Multiply(values.Scalar()).ToAffine();
            Assert.True(G1.IsInSubgroup(member));
        }
        Assert.False(G1.IsInSubgroup(new AffinePoint<Fp>(Fp.One, Fp.One))); // not even on the curve
    }

    [Fact]
    public void Shamir_double_multiplication_matches_separate_multiplications()
    {
        var values = new TestValues(12);
        JacobianPoint<Fp> g = G1.Generator.ToJacobian();
        JacobianPoint<Fp> q = g.Multiply(values.Scalar());
        byte[] a = values.Scalar(), b = values.Scalar();
        Assert.True(JacobianPoint<Fp>.MultiplyAndAdd(g, a, q, b).IsSamePoint(g.Multiply(a).Add(q.Multiply(b))));
        Assert.True(JacobianPoint<Fp>.MultiplyAndAdd(g, a, JacobianPoint<Fp>.Infinity, b).IsSamePoint(g.Multiply(a)));
        Assert.True(JacobianPoint<Fp>.MultiplyAndAdd(g, a, g.Negate(), a).IsInfinity);
    }

    [Fact]
    public void Group_law_properties_hold()
    {
        var values = new TestValues(10);
        JacobianPoint<Fp> g = G1.Generator.ToJacobian();
        JacobianPoint<Fp> p = g.Multiply(values.Scalar()), q = g.Multiply(values.Scalar()), s = g.Multiply(values.Scalar());
        Assert.True(p.Add(q).IsSamePoint(q.Add(p)));
        Assert.True(p.Add(q).Add(s).IsSamePoint(p.Add(q.Add(s))));
        Assert.True(p.Add(p).IsSamePoint(p.Double()));
        Assert.True(p.Add(p.Negate()).IsInfinity);
        Assert.True(p.Add(JacobianPoint<Fp>.Infinity).IsSamePoint(p));
        Assert.True(G1.IsOnCurve(p.Add(q).ToAffine()));

        // [a]([b]Q) = [ab mod r]Q in G2.
        JacobianPoint<Fp2> h = G2.Generator.ToJacobian();
        BigInteger a = values.Integer(TestValues.R), b = values.Integer(TestValues.R);
        JacobianPoint<Fp2> left = h.Multiply(TestValues.ToBytes32(b)).Multiply(TestValues.ToBytes32(a));
        JacobianPoint<Fp2> right = h.Multiply(TestValues.ToBytes32(a * b % TestValues.R));
        Assert.True(left.IsSamePoint(right));
        Assert.True(G2.IsOnCurve(left.ToAffine()));
    }

    // EIP-2537 assets/eip-2537/mul_G1_bls.json and mul_G2_bls.json: point ‖ 32-byte scalar → point.
    [Theory]
    [InlineData( // bls_g1mul_(g1+g1=2*g1)
        "0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e10000000000000000000000000000000000000000000000000000000000000002",
        "000000000000000000000000000000000572cbea904d67468808c8eb50a9450c9721db309128012543902d0ac358a62ae28f75bb8f1c7c42c39a8c5529bf0f4e00000000000000000000000000000000166a9d8cabc673a322fda673779d8e3822ba3ecb8670e461f73bb9021d5fd76a4c56d9d4cd16bd1bba86881979749d28")]
    [InlineData( // bls_g1mul_(p1+p1=2*p1)
        "00000000000000000000000000000000112b98340eee2777cc3c14163dea3ec97977ac3dc5c70da32e6e87578f44912e902ccef9efe28d4a78b8999dfbca942600000000000000000000000000000000186b28d92356c4dfec4b5201ad099dbdede3781f8998ddf929b4cd7756192185ca7b8f4ef7088f813270ac3d48868a210000000000000000000000000000000000000000000000000000000000000002",
        "0000000000000000000000000000000015222cddbabdd764c4bee0b3720322a65ff4712c86fc4b1588d0c209210a0884fa9468e855d261c483091b2bf7de6a630000000000000000000000000000000009f9edb99bc3b75d7489735c98b16ab78b9386c5f7a1f76c7e96ac6eb5bbde30dbca31a74ec6e0f0b12229eecea33c39")]
    public void G1_scalar_multiplication_matches_eip2537_vectors(string input, string expected)
    {
        byte[] bytes = Convert.FromHexString(input);
        Assert.True(G1.TryDecodeUncompressed(bytes.AsSpan(0, 128), out AffinePoint<Fp> point));
        AffinePoint<Fp> result = point.ToJacobian().Multiply(bytes.AsSpan(128)).ToAffine();
        Assert.Equal(expected, Convert.ToHexString(G1.EncodeUncompressed(result)).ToLowerInvariant());
    }

    [Theory]
    [InlineData( // bls_g2mul_(g2+g2=2*g2)
        "00000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801000000000000000000000000000000000606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be0000000000000000000000000000000000000000000000000000000000000002",
        "000000000000000000000000000000001638533957d540a9d2370f17cc7ed5863bc0b995b8825e0ee1ea1e1e4d00dbae81f14b0bf3611b78c952aacab827a053000000000000000000000000000000000a4edef9c1ed7f729f520e47730a124fd70662a904ba1074728114d1031e1572c6c886f6b57ec72a6178288c47c33577000000000000000000000000000000000468fb440d82b0630aeb8dca2b5256789a66da69bf91009cbfe6bd221e47aa8ae88dece9764bf3bd999d95d71e4c9899000000000000000000000000000000000f6d4552fa65dd2638b361543f887136a43253d9c66c411697003f7a13c308f5422e1aa0a59c8967acdefd8b6e36ccf3")]
    [InlineData( // bls_g2mul_random*g2
        "00000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801000000000000000000000000000000000606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3",
        "0000000000000000000000000000000014856c22d8cdb2967c720e963eedc999e738373b14172f06fc915769d3cc5ab7ae0a1b9c38f48b5585fb09d4bd2733bb000000000000000000000000000000000c400b70f6f8cd35648f5c126cce5417f3be4d8eefbd42ceb4286a14df7e03135313fe5845e3a575faab3e8b949d248800000000000000000000000000000000149a0aacc34beba2beb2f2a19a440166e76e373194714f108e4ab1c3fd331e80f4e73e6b9ea65fe3ec96d7136de81544000000000000000000000000000000000e4622fef26bdb9b1e8ef6591a7cc99f5b73164500c1ee224b6a761e676b8799b09a3fd4fa7e242645cc1a34708285e4")]
    [InlineData( // bls_g2mul_random*p2_unnormalized_scalar (scalar above r)
        "00000000000000000000000000000000103121a2ceaae586d240843a398967325f8eb5a93e8fea99b62b9f88d8556c80dd726a4b30e84a36eeabaf3592937f2700000000000000000000000000000000086b990f3da2aeac0a36143b7d7c824428215140db1bb859338764cb58458f081d92664f9053b50b3fbd2e4723121b68000000000000000000000000000000000f9e7ba9a86a8f7624aa2b42dcc8772e1af4ae115685e60abc2c9b90242167acef3d0be4050bf935eed7c3b6fc7ba77e000000000000000000000000000000000d22c3652d0dc6f0fc9316e14268477c2049ef772e852108d269d9c38dba1d4802e8dae479818184c08f9a569d8784519a2b64cc58f8992cb21237914262ca9ada6cb13dc7b7d3f11c278fe0462040e4",
        "00000000000000000000000000000000036074dcbbd0e987531bfe0e45ddfbe09fd015665990ee0c352e8e403fe6af971d8f42141970d9ab14b4dd04874409e600000000000000000000000000000000019705637f24ba2f398f32c3a3e20d6a1cd0fd63e6f8f071cf603a8334f255744927e7bfdfdb18519e019c49ff6e914500000000000000000000000000000000008e74fcff4c4278c9accfb60809ed69bbcbe3d6213ef2304e078d15ec7d6decb4f462b24b8e7cc38cc11b6f2c9e0486000000000000000000000000000000001331d40100f38c1070afd832445881b47cf4d63894666d9907c85ac66604aab5ad329980938cc3c167ccc5b6bc1b8f30")]
    public void G2_scalar_multiplication_matches_eip2537_vectors(string input, string expected)
    {
        byte[] bytes = Convert.FromHexString(input);
        Assert.True(G2.TryDecodeUncompressed(bytes.AsSpan(0, 256), out AffinePoint<Fp2> point));
        AffinePoint<Fp2> result = point.ToJacobian().Multiply(bytes.AsSpan(256)).ToAffine();
        Assert.Equal(expected, Convert.ToHexString(G2.EncodeUncompressed(result)).ToLowerInvariant());
    }

    [Fact]
    public void Uncompressed_decoding_rejects_padding_and_off_curve_points()
    {
        byte[] generator = G1.EncodeUncompressed(G1.Generator);
        Assert.True(G1.TryDecodeUncompressed(generator, out AffinePoint<Fp> decoded));
        Assert.Equal(G1.Generator, decoded);
        Assert.True(G1.TryDecodeUncompressed(new byte[128], out decoded));
        Assert.True(decoded.IsInfinity);

        byte[] padded = (byte[])generator.Clone();
        padded[0] = 1;
        Assert.False(G1.TryDecodeUncompressed(padded, out _));
        byte[] offCurve = (byte[])generator.Clone();
        offCurve[127] ^= 1;
        Assert.False(G1.TryDecodeUncompressed(offCurve, out _));
    }
}
