using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bn254;
using static ParallelEvm.Vm.Tests.Precompiles.Bn254.Bn254Reference;

namespace ParallelEvm.Vm.Tests.Precompiles.Bn254;

public class Bn254AddMulPrecompileTests
{
    private static readonly Point G1Generator = new(1, 2);
    private readonly Bn254AddPrecompile _add = new();
    private readonly Bn254MulPrecompile _mul = new();

    // Known-answer vectors from go-ethereum's core/vm/testdata/precompiles/bn256Add.json (data only).
    [Theory]
    [InlineData( // chfast1
        "18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f3726607c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7",
        "2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c915")]
    [InlineData( // chfast2
        "2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c91518b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f37266",
        "2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb204")]
    [InlineData( // cdetrio4: empty input is two points at infinity
        "",
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData( // cdetrio10: G + O with 64 extra zero bytes ignored
        "000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002")]
    [InlineData( // cdetrio11: G + G
        "0000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002",
        "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4")]
    [InlineData( // cdetrio13
        "17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7c039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98",
        "15bf2bb17880144b5d1cd2b1f46eff9d617bffd1ca57c37fb5a49bd84e53cf66049c797f9ce0d17083deb32b5e36f2ea2a212ee036598dd7624c168993d1355f")]
    [InlineData( // cdetrio14: P + (−P) = O
        "17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7c17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa92e83f8d734803fc370eba25ed1f6b8768bd6d83887b87165fc2434fe11a830cb",
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    public void Add_matches_known_vectors(string input, string expected)
    {
        Assert.True(_add.TryRun(Hex(input), SpecId.Istanbul, out byte[] output));
        Assert.Equal(expected, Convert.ToHexStringLower(output));
    }

    // Known-answer vectors from go-ethereum's core/vm/testdata/precompiles/bn256ScalarMul.json (data only).
    [Theory]
    [InlineData( // chfast1
        "2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb20400000000000000000000000000000000000000000000000011138ce750fa15c2",
        "070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc")]
    [InlineData( // chfast2: scalar above the group order
        "070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd46",
        "025a6f4181d2b4ea8b724290ffb40156eb0adb514c688556eb79cdea0752c2bb2eff3f31dea215f1eb86023a133a996eb6300b44da664d64251d05381bb8a02e")]
    [InlineData( // chfast3
        "025a6f4181d2b4ea8b724290ffb40156eb0adb514c688556eb79cdea0752c2bb2eff3f31dea215f1eb86023a133a996eb6300b44da664d64251d05381bb8a02e183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea3",
        "14789d0d4a730b354403b5fac948113739e276c23e0258d8596ee72f9cd9d3230af18a63153e0ec25ff9f2951dd3fa90ed0197bfef6e2a1a62b5095b9d2b4a27")]
    [InlineData( // cdetrio1: scalar 2^256 − 1
        "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f6ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "2cde5879ba6f13c0b5aa4ef627f159a3347df9722efce88a9afbb20b763b4c411aa7e43076f6aee272755a7f9b84832e71559ba0d2e0b17d5f9f01755e5b0d11")]
    [InlineData( // cdetrio2: scalar r − 1 gives −P
        "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe31a2f3c951f6dadcc7ee9007dff81504b0fcd6d7cf59996efdc33d92bf7f9f8f630644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000",
        "1a87b0584ce92f4593d161480614f2989035225609f08058ccfa3d0f940febe3163511ddc1c3f25d396745388200081287b3fd1472d8339d5fecb2eae0830451")]
    [InlineData( // cdetrio11
        "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "00a1a234d08efaa2616607e31eca1980128b00b415c845ff25bba3afcb81dc00242077290ed33906aeb8e42fd98c41bcb9057ba03421af3f2d08cfc441186024")]
    [InlineData( // cdetrio15: scalar 1
        "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d980000000000000000000000000000000000000000000000000000000000000001",
        "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98")]
    public void Mul_matches_known_vectors(string input, string expected)
    {
        Assert.True(_mul.TryRun(Hex(input), SpecId.Istanbul, out byte[] output));
        Assert.Equal(expected, Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Add_and_mul_agree_with_BigInteger_affine_reference()
    {
        var random = new Random(196);
        for (int n = 0; n < 8; n++)
        {
            var scalarBytes = new byte[32];
            random.NextBytes(scalarBytes);
            BigInteger a = new(scalarBytes, isUnsigned: true, isBigEndian: true);
            BigInteger b = random.Next(1, 1000);
            Point? pa = Multiply(G1Generator, a), pb = Multiply(G1Generator, b);

            Assert.True(_mul.TryRun([.. EncodeG1(G1Generator), .. scalarBytes], SpecId.Istanbul, out byte[] product));
            Assert.Equal(EncodeG1(pa), product);

            Assert.True(_add.TryRun([.. EncodeG1(pa), .. EncodeG1(pb)], SpecId.Istanbul, out byte[] sum));
            Assert.Equal(EncodeG1(Add(pa, pb)), sum);

            Assert.True(_add.TryRun([.. EncodeG1(pa), .. EncodeG1(pa)], SpecId.Istanbul, out byte[] doubled));
            Assert.Equal(EncodeG1(Add(pa, pa)), doubled);
        }
    }

    [Fact]
    public void Mul_by_zero_the_group_order_or_of_infinity_is_infinity()
    {
        byte[] zero64 = new byte[64];
        Assert.True(_mul.TryRun([.. EncodeG1(G1Generator), .. Word(0)], SpecId.Byzantium, out byte[] output));
        Assert.Equal(zero64, output);
        Assert.True(_mul.TryRun([.. EncodeG1(G1Generator), .. Word(R)], SpecId.Byzantium, out output));
        Assert.Equal(zero64, output);
        Assert.True(_mul.TryRun([.. new byte[64], .. Word(12345)], SpecId.Byzantium, out output));
        Assert.Equal(zero64, output);
    }

    [Fact]
    public void Short_input_is_right_padded_with_zeros()
    {
        // G with a truncated scalar 0x02 followed by nothing: the scalar is 0x02 << 248.
        byte[] input = [.. EncodeG1(G1Generator), 0x02];
        Assert.True(_mul.TryRun(input, SpecId.Istanbul, out byte[] output));
        Assert.Equal(EncodeG1(Multiply(G1Generator, BigInteger.Pow(2, 249))), output);

        // G1 point with its y truncated by 31 bytes: y = 0x..02 is cut to 0, so (1, 0) is off the curve.
        Assert.False(_add.TryRun(EncodeG1(G1Generator)[..33], SpecId.Istanbul, out _));
    }

    [Fact]
    public void Points_off_the_curve_or_with_coordinates_not_below_p_fail()
    {
        byte[] offCurve = [.. Word(1), .. Word(3)];
        Assert.False(_add.TryRun([.. offCurve, .. EncodeG1(G1Generator)], SpecId.Istanbul, out byte[] output));
        Assert.Empty(output);
        Assert.False(_add.TryRun([.. EncodeG1(G1Generator), .. offCurve], SpecId.Istanbul, out _));
        Assert.False(_mul.TryRun([.. offCurve, .. Word(2)], SpecId.Istanbul, out _));

        // (x + p, y) is the same residue as a valid point but not a canonical encoding.
        byte[] xPlusP = [.. Word(1 + P), .. Word(2)];
        Assert.False(_add.TryRun([.. xPlusP, .. new byte[64]], SpecId.Istanbul, out _));
        byte[] yPlusP = [.. Word(1), .. Word(2 + P)];
        Assert.False(_mul.TryRun([.. yPlusP, .. Word(1)], SpecId.Istanbul, out _));

        // (0, 1) is not the infinity encoding and 1 ≠ 0³ + 3.
        Assert.False(_add.TryRun([.. Word(0), .. Word(1), .. new byte[64]], SpecId.Istanbul, out _));
    }

    [Fact]
    public void Gas_follows_EIP_196_then_EIP_1108()
    {
        Assert.Equal(500, _add.RequiredGas([], SpecId.Byzantium));
        Assert.Equal(500, _add.RequiredGas([], SpecId.Petersburg));
        Assert.Equal(150, _add.RequiredGas([], SpecId.Istanbul));
        Assert.Equal(150, _add.RequiredGas(new byte[128], SpecId.Cancun));
        Assert.Equal(40000, _mul.RequiredGas([], SpecId.Byzantium));
        Assert.Equal(6000, _mul.RequiredGas(new byte[96], SpecId.Istanbul));
        Assert.Equal(6000, _mul.RequiredGas([], SpecId.Prague));
    }
}
