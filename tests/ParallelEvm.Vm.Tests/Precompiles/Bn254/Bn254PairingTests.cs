using System.Diagnostics;
using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bn254;
using Xunit.Abstractions;
using static ParallelEvm.Vm.Tests.Precompiles.Bn254.Bn254Reference;

namespace ParallelEvm.Vm.Tests.Precompiles.Bn254;

public class Bn254PairingTests
{
    private static readonly Point G1Generator = new(1, 2);
    private static readonly byte[] One = Word(1);
    private static readonly byte[] Zero = Word(0);
    private readonly Bn254PairingPrecompile _pairing = new();

    private static Fp12 PairingOf(BigInteger a, BigInteger b)
    {
        Point aP = Multiply(G1Generator, a)!.Value;
        (Fp2 x, Fp2 y) = MultiplyG2(G2X, G2Y, b);
        return Pairing.Compute(ToFp(aP.X), ToFp(aP.Y), x, y);
    }

    private static byte[] PairInput(Point? p, BigInteger qMultiple)
    {
        (Fp2 x, Fp2 y) = MultiplyG2(G2X, G2Y, qMultiple);
        return [.. EncodeG1(p), .. EncodeG2(x, y)];
    }

    private byte[] Run(byte[] input)
    {
        Assert.True(_pairing.TryRun(input, SpecId.Istanbul, out byte[] output));
        return output;
    }

    [Fact]
    public void Pairing_is_bilinear_and_non_degenerate()
    {
        BigInteger a = BigInteger.Parse("98765432109876543210987654321"), b = BigInteger.Parse("1234567890123456789");
        Fp12 e = PairingOf(1, 1);
        Assert.False(e.IsOne);
        Assert.True(Pow(e, R).IsOne); // lands in the r-th roots of unity
        Fp12 eAB = PairingOf(a, b);
        Assert.Equal(PairingOf(a * b % R, 1), eAB);
        Assert.Equal(PairingOf(1, a * b % R), eAB);
        Assert.Equal(Pow(e, a * b), eAB);
        Assert.Equal(PairingOf(a + 1, b) * Fp12.Inverse(PairingOf(1, b)), PairingOf(a, b));
    }

    [Fact]
    public void Fast_final_exponentiation_equals_the_plain_power()
    {
        var random = new Random(197);
        Fp12 f = RandomFp12(random);
        BigInteger exponent = (BigInteger.Pow(P, 12) - 1) / R;
        Assert.Equal(Pow(f, exponent), FinalExponentiation.Apply(f));
    }

    [Fact]
    public void Generator_pair_against_its_negation_checks_to_one()
    {
        Assert.Equal(One, Run([.. PairInput(G1Generator, 1), .. PairInput(Negate(G1Generator), 1)]));
        Assert.Equal(Zero, Run([.. PairInput(G1Generator, 1), .. PairInput(G1Generator, 1)]));
        Assert.Equal(Zero, Run(PairInput(G1Generator, 1)));
    }

    [Fact]
    public void Scalars_move_between_the_groups()
    {
        BigInteger a = 31337, b = BigInteger.Parse("18446744073709551629");
        // e(aP, bQ) · e(−abP, Q) = 1
        byte[] balanced = [.. PairInput(Multiply(G1Generator, a), b), .. PairInput(Negate(Multiply(G1Generator, a * b)), 1)];
        Assert.Equal(One, Run(balanced));
        byte[] unbalanced = [.. PairInput(Multiply(G1Generator, a), b), .. PairInput(Negate(Multiply(G1Generator, a * b + 1)), 1)];
        Assert.Equal(Zero, Run(unbalanced));
    }

    [Fact]
    public void Points_at_infinity_contribute_one()
    {
        Assert.Equal(One, Run(PairInput(null, 1)));
        Assert.Equal(One, Run([.. EncodeG1(G1Generator), .. new byte[128]]));
        Assert.Equal(One, Run(new byte[192 * 3]));
        Assert.Equal(Zero, Run([.. PairInput(G1Generator, 1), .. PairInput(null, 1)]));
    }

    // Known-answer vectors from go-ethereum's core/vm/testdata/precompiles/bn256Pairing.json (data only).
    [Theory]
    [InlineData("jeff1", "1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa", 1)]
    [InlineData("jeff2", "2eca0c7238bf16e83e7a1e6c5d49540685ff51380f309842a98561558019fc0203d3260361bb8451de5ff5ecd17f010ff22f5c31cdf184e9020b06fa5997db841213d2149b006137fcfb23036606f848d638d576a120ca981b5b1a5f9300b3ee2276cf730cf493cd95d64677bbb75fc42db72513a4c1e387b476d056f80aa75f21ee6226d31426322afcda621464d0611d226783262e21bb3bc86b537e986237096df1f82dff337dd5972e32a8ad43e28a78a96a823ef1cd4debe12b6552ea5f06967a1237ebfeca9aaae0d6d0bab8e28c198c5a339ef8a2407e31cdac516db922160fa257a5fd5b280642ff47b65eca77e626cb685c84fa6d3b6882a283ddd1198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa", 1)]
    [InlineData("jeff6", "1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c103188585e2364128fe25c70558f1560f4f9350baf3959e603cc91486e110936198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa", 0)]
    [InlineData("empty_data", "", 1)]
    [InlineData("one_point", "00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa", 0)]
    [InlineData("two_point_match_2", "00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d", 1)]
    [InlineData("two_point_match_4", "105456a333e6d636854f987ea7bb713dfd0ae8371a72aea313ae0c32c0bf10160cf031d41b41557f3e7e3ba0c51bebe5da8e6ecd855ec50fc87efcdeac168bcc0476be093a6d2b4bbf907172049874af11e1b6267606e00804d3ff0037ec57fd3010c68cb50161b7d1d96bb71edfec9880171954e56871abf3d93cc94d745fa114c059d74e5b6c4ec14ae5864ebe23a71781d86c29fb8fb6cce94f70d3de7a2101b33461f39d9e887dbb100f170a2345dde3c07e256d1dfa2b657ba5cd030427000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000021a2c3013d2ea92e13c800cde68ef56a294b883f6ac35d25f587c09b1b3c635f7290158a80cd3d66530f74dc94c94adb88f5cdb481acca997b6e60071f08a115f2f997f3dbd66a7afe07fe7862ce239edba9e05c5afff7f8a1259c9733b2dfbb929d1691530ca701b4a106054688728c9972c8512e9789e9567aae23e302ccd75", 1)]
    public void Pairing_matches_known_vectors(string name, string input, int expected)
    {
        Assert.True(_pairing.TryRun(Hex(input), SpecId.Istanbul, out byte[] output), name);
        Assert.Equal(Word(expected), output);
    }

    [Fact]
    public void EIP_197_generator_encoding_is_imaginary_first_and_on_the_twist()
    {
        byte[] encoded = EncodeG2(G2X, G2Y);
        Assert.Equal("198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2", Convert.ToHexStringLower(encoded[..32]));
        Assert.True(G2.TryRead(encoded, out _, out _));
        // The same words in real-first order are not a twist point.
        byte[] swapped = [.. encoded[32..64], .. encoded[..32], .. encoded[96..128], .. encoded[64..96]];
        Assert.False(_pairing.TryRun([.. EncodeG1(G1Generator), .. swapped], SpecId.Istanbul, out _));
    }

    [Fact]
    public void Twist_point_outside_the_order_r_subgroup_fails_and_its_cofactor_multiple_passes()
    {
        (Fp2 x, Fp2 y) = FindTwistPoint(new Random(8));
        Assert.True(G2.IsOnTwist(x, y));
        Assert.False(G2.IsInSubgroup(x, y));
        Assert.False(_pairing.TryRun([.. EncodeG1(G1Generator), .. EncodeG2(x, y)], SpecId.Istanbul, out byte[] output));
        Assert.Empty(output);

        // #E'(F_p²) = r·(2p − r): clearing the cofactor lands in G2.
        (Fp2 cx, Fp2 cy) = MultiplyG2(x, y, 2 * P - R);
        Assert.True(G2.IsInSubgroup(cx, cy));
        Assert.True(_pairing.TryRun([.. EncodeG1(G1Generator), .. EncodeG2(cx, cy)], SpecId.Istanbul, out _));
    }

    [Fact]
    public void Malformed_inputs_fail()
    {
        byte[] valid = PairInput(G1Generator, 1);
        Assert.False(_pairing.TryRun(valid[..191], SpecId.Istanbul, out _));
        Assert.False(_pairing.TryRun([.. valid, 0], SpecId.Istanbul, out _));
        Assert.False(_pairing.TryRun(new byte[1], SpecId.Istanbul, out _));

        byte[] g1OffCurve = [.. Word(1), .. Word(3), .. valid[64..]];
        Assert.False(_pairing.TryRun(g1OffCurve, SpecId.Istanbul, out _));

        byte[] g2CoordinateTooLarge = [.. valid[..64], .. Word(P), .. valid[96..]];
        Assert.False(_pairing.TryRun(g2CoordinateTooLarge, SpecId.Istanbul, out _));

        byte[] g2OffTwist = (byte[])valid.Clone();
        g2OffTwist[191] ^= 1;
        Assert.False(_pairing.TryRun(g2OffTwist, SpecId.Istanbul, out _));

        // A bad second pair fails the whole call even when the first pair is fine.
        Assert.False(_pairing.TryRun([.. valid, .. g2OffTwist], SpecId.Istanbul, out _));
    }

    [Fact]
    public void Gas_follows_EIP_197_then_EIP_1108()
    {
        Assert.Equal(100000, _pairing.RequiredGas([], SpecId.Byzantium));
        Assert.Equal(100000 + 2 * 80000, _pairing.RequiredGas(new byte[384], SpecId.Constantinople));
        Assert.Equal(45000, _pairing.RequiredGas([], SpecId.Istanbul));
        Assert.Equal(45000 + 2 * 34000, _pairing.RequiredGas(new byte[384], SpecId.Istanbul));
        Assert.Equal(45000 + 34000, _pairing.RequiredGas(new byte[192], SpecId.Cancun));
    }


    /// <summary>A random point of E'(F_p²) (almost surely outside G2, whose index is about p).</summary>
    private static (Fp2 X, Fp2 Y) FindTwistPoint(Random random)
    {
        while (true)
        {
            Fp2 x = RandomFp2(random);
            Fp2 rhs = Fp2.Square(x) * x + G2.B;
            if (SqrtFp2(ToBig(rhs.Real), ToBig(rhs.Imaginary)) is (BigInteger y0, BigInteger y1))
            {
                Fp2 y = ToFp2(y0, y1);
                Assert.Equal(rhs, Fp2.Square(y));
                return (x, y);
            }
        }
    }

    /// <summary>Square root in F_p[i] by norms: if (x0 + x1·i)² = a0 + a1·i then x0² = (a0 ± √(a0² + a1²))/2, x1 = a1/(2x0).</summary>
    private static (BigInteger, BigInteger)? SqrtFp2(BigInteger a0, BigInteger a1)
    {
        BigInteger? s = SqrtFp(Mod(a0 * a0 + a1 * a1));
        if (s is null) return null;
        BigInteger half = (P + 1) / 2;
        foreach (BigInteger root in new[] { s.Value, Mod(-s.Value) })
        {
            BigInteger? x0 = SqrtFp(Mod((a0 + root) * half));
            if (x0 is null || x0.Value.IsZero) continue;
            BigInteger x1 = Mod(a1 * BigInteger.ModPow(2 * x0.Value, P - 2, P));
            return (x0.Value, x1);
        }
        return null;
    }

    private static BigInteger? SqrtFp(BigInteger a)
    {
        BigInteger root = BigInteger.ModPow(a, (P + 1) / 4, P); // p ≡ 3 (mod 4)
        return Mod(root * root) == Mod(a) ? root : null;
    }
}
