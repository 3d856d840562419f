using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;
using ParallelEvm.Vm.Precompiles.Bls12381;
using static ParallelEvm.Vm.Tests.Precompiles.Bls12381.Eip2537Vectors;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

/// <summary>The seven EIP-2537 precompiles against the EIP's own vectors (see <see cref="Eip2537Vectors"/>).</summary>
public class Eip2537PrecompileTests
{
    private static string Run(Precompile precompile, string inputHex)
    {
        Assert.True(precompile.TryRun(Hex.Bytes(inputHex), SpecId.Prague, out byte[] output), "expected success");
        return Hex.Of(output);
    }

    private static void AssertFails(Precompile precompile, string inputHex)
    {
        Assert.False(precompile.TryRun(Hex.Bytes(inputHex), SpecId.Prague, out byte[] output));
        Assert.Empty(output);
    }

    private static string Word(int value) => Scalar(value.ToString("x"));

    [Fact]
    public void Registered_at_0x0b_to_0x11_from_Prague_only()
    {
        Precompile[] expected =
        [
            G1AddPrecompile.Instance, G1MsmPrecompile.Instance, G2AddPrecompile.Instance, G2MsmPrecompile.Instance,
            PairingCheckPrecompile.Instance, MapFpToG1Precompile.Instance, MapFp2ToG2Precompile.Instance,
        ];
        for (int i = 0; i < expected.Length; i++)
        {
            var address = Address.FromNumber((ulong)(0x0b + i));
            Assert.Same(expected[i], PrecompileSet.Get(address, SpecId.Prague));
            Assert.Same(expected[i], PrecompileSet.Get(address, SpecId.Osaka));
            Assert.Null(PrecompileSet.Get(address, SpecId.Cancun));
        }
    }

    [Fact]
    public void G1Add_matches_the_eip_vectors()
    {
        Assert.Equal(G1PlusP1, Run(G1AddPrecompile.Instance, G1Generator + P1));
        Assert.Equal(G1PlusP1, Run(G1AddPrecompile.Instance, P1 + G1Generator));
        Assert.Equal(TwoG1, Run(G1AddPrecompile.Instance, G1Generator + G1Generator));
        Assert.Equal(TwoP1, Run(G1AddPrecompile.Instance, P1 + P1));
        Assert.Equal(P1, Run(G1AddPrecompile.Instance, P1 + G1Infinity));
        Assert.Equal(P1, Run(G1AddPrecompile.Instance, G1Infinity + P1));
        Assert.Equal(G1Infinity, Run(G1AddPrecompile.Instance, G1Generator + G1GeneratorNegated));
        Assert.Equal(G1Infinity, Run(G1AddPrecompile.Instance, G1Infinity + G1Infinity));
    }

    [Fact]
    public void G1Add_does_not_check_the_subgroup_but_does_check_the_curve_and_encoding()
    {
        Assert.Equal(G1NotInSubgroup, Run(G1AddPrecompile.Instance, G1NotInSubgroup + G1Infinity));
        AssertFails(G1AddPrecompile.Instance, G1NotOnCurve + G1Generator);
        AssertFails(G1AddPrecompile.Instance, G1Generator + G1NotOnCurve);
        AssertFails(G1AddPrecompile.Instance, G1Generator + P1[..^2]);
        AssertFails(G1AddPrecompile.Instance, G1Generator + P1 + "00");
        AssertFails(G1AddPrecompile.Instance, "");
        AssertFails(G1AddPrecompile.Instance, "10" + G1Generator[2..] + P1);                 // padding byte set
        // fail-add_G1_bls "invalid_field_element": x = generator x + p, still 64 bytes but ≥ p.
        AssertFails(G1AddPrecompile.Instance, G1(
            "31f2e5916b17be2e71b10b4292f558e727dfd7d48af9cbc5087f0ce00dcca27c8b01e83eaace1aefb539f00adb227166",
            "08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1") + P1);
    }

    [Fact]
    public void G2Add_matches_the_eip_vectors()
    {
        Assert.Equal(G2PlusP2, Run(G2AddPrecompile.Instance, G2Generator + P2));
        Assert.Equal(G2PlusP2, Run(G2AddPrecompile.Instance, P2 + G2Generator));
        Assert.Equal(TwoG2, Run(G2AddPrecompile.Instance, G2Generator + G2Generator));
        Assert.Equal(TwoP2, Run(G2AddPrecompile.Instance, P2 + P2));
        Assert.Equal(P2, Run(G2AddPrecompile.Instance, P2 + G2Infinity));
        Assert.Equal(G2Infinity, Run(G2AddPrecompile.Instance, G2Generator + G2GeneratorNegated));
    }

    [Fact]
    public void G2Add_does_not_check_the_subgroup_but_rejects_bad_encodings()
    {
        Assert.Equal(G2NotInSubgroup, Run(G2AddPrecompile.Instance, G2Infinity + G2NotInSubgroup));
        // fail-msm_G2_bls "point_not_on_curve": the generator with x.c1 swapped for p2's.
        string notOnCurve = G2Generator[..128] + P2[128..256] + G2Generator[256..];
        AssertFails(G2AddPrecompile.Instance, notOnCurve + G2Generator);
        AssertFails(G2AddPrecompile.Instance, G2Generator + "10" + P2[2..]);
        AssertFails(G2AddPrecompile.Instance, G2Generator + P2[..^2]);
        AssertFails(G2AddPrecompile.Instance, G2Generator);
    }

    [Fact]
    public void G1Msm_matches_the_eip_vectors()
    {
        Assert.Equal(TwoG1, Run(G1MsmPrecompile.Instance, G1Generator + Word(2)));
        Assert.Equal(P1, Run(G1MsmPrecompile.Instance, P1 + Word(1)));
        Assert.Equal(G1Infinity, Run(G1MsmPrecompile.Instance, G1Generator + Word(0)));
        Assert.Equal(G1Infinity, Run(G1MsmPrecompile.Instance, G1Infinity + Word(0x11)));
        Assert.Equal(UnnormalizedScalarTimesG1, Run(G1MsmPrecompile.Instance, G1Generator + UnnormalizedScalar));
        Assert.Equal(TwoG1, Run(G1MsmPrecompile.Instance, G1Generator + Word(2) + G1Generator + Word(0)));
        Assert.Equal(TwoG1PlusTwoP1, Run(G1MsmPrecompile.Instance, G1Generator + Word(2) + P1 + Word(2)));
        Assert.Equal(G1MsmMultipleOutput, Run(G1MsmPrecompile.Instance, G1MsmMultipleInput));
    }

    [Fact]
    public void G1Msm_rejects_empty_and_ragged_input_and_points_outside_G1()
    {
        AssertFails(G1MsmPrecompile.Instance, "");
        AssertFails(G1MsmPrecompile.Instance, G1Generator + Word(2) + P1);
        AssertFails(G1MsmPrecompile.Instance, "00" + G1Generator + Word(2));
        AssertFails(G1MsmPrecompile.Instance, G1NotInSubgroup + Word(2) + P1 + Word(2));
        AssertFails(G1MsmPrecompile.Instance, P1 + Word(2) + G1NotOnCurve + Word(2));
    }

    [Fact]
    public void G2Msm_matches_the_eip_vectors()
    {
        Assert.Equal(TwoG2, Run(G2MsmPrecompile.Instance, G2Generator + Word(2)));
        Assert.Equal(P2, Run(G2MsmPrecompile.Instance, P2 + Word(1)));
        Assert.Equal(G2Infinity, Run(G2MsmPrecompile.Instance, P2 + Word(0)));
        Assert.Equal(TwoP2, Run(G2MsmPrecompile.Instance, P2 + Word(2) + G2Infinity + Word(2)));
        Assert.Equal(TwoG2PlusTwoP2, Run(G2MsmPrecompile.Instance, G2Generator + Word(2) + P2 + Word(2)));
    }

    [Fact]
    public void G2Msm_rejects_empty_and_ragged_input_and_points_outside_G2()
    {
        AssertFails(G2MsmPrecompile.Instance, "");
        AssertFails(G2MsmPrecompile.Instance, G2Generator + Word(2) + "00");
        AssertFails(G2MsmPrecompile.Instance, G2NotInSubgroup + Word(2) + P2 + Word(2));
    }

    [Fact]
    public void PairingCheck_matches_the_eip_vectors()
    {
        const string one = "0000000000000000000000000000000000000000000000000000000000000001";
        const string zero = "0000000000000000000000000000000000000000000000000000000000000000";
        Assert.Equal(one, Run(PairingCheckPrecompile.Instance, G1Infinity + G2Infinity));
        Assert.Equal(one, Run(PairingCheckPrecompile.Instance, G1Infinity + G2Generator));
        Assert.Equal(one, Run(PairingCheckPrecompile.Instance, G1Generator + G2Infinity));
        Assert.Equal(zero, Run(PairingCheckPrecompile.Instance, G1Generator + G2Generator));             // non-degeneracy
        Assert.Equal(one, Run(PairingCheckPrecompile.Instance,
            G1Generator + G2Generator + G1Generator + G2GeneratorNegated));                              // e(G1,G2)·e(G1,−G2)
        Assert.Equal(zero, Run(PairingCheckPrecompile.Instance,
            G1Infinity + G2GeneratorNegated + G1Generator + G2GeneratorNegated));
        Assert.Equal(one, Run(PairingCheckPrecompile.Instance,
            G1Generator + G2Generator + P1 + G2Generator + G1PlusP1 + G2GeneratorNegated));              // bilinearity
    }

    [Fact]
    public void PairingCheck_checks_both_subgroups_and_the_length()
    {
        AssertFails(PairingCheckPrecompile.Instance, "");
        AssertFails(PairingCheckPrecompile.Instance, G1Generator + G2Generator + "00");
        AssertFails(PairingCheckPrecompile.Instance, G1NotInSubgroup + G2Generator);
        AssertFails(PairingCheckPrecompile.Instance, G1Generator + G2NotInSubgroup);
        AssertFails(PairingCheckPrecompile.Instance, G1Generator + G2Generator + G1NotOnCurve + G2Generator);
    }

    [Fact]
    public void MapFpToG1_matches_the_eip_vectors()
    {
        foreach (var (u, point) in MapToG1) Assert.Equal(point, Run(MapFpToG1Precompile.Instance, u));
    }

    [Fact]
    public void MapFp2ToG2_matches_the_eip_vectors()
    {
        foreach (var (u, point) in MapToG2) Assert.Equal(point, Run(MapFp2ToG2Precompile.Instance, u));
    }

    [Fact]
    public void Map_precompiles_reject_non_canonical_field_elements_and_wrong_lengths()
    {
        const string p = "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab";
        AssertFails(MapFpToG1Precompile.Instance, Fp(p));
        AssertFails(MapFpToG1Precompile.Instance, "10" + MapToG1[0].U[2..]);
        AssertFails(MapFpToG1Precompile.Instance, MapToG1[0].U[2..]);
        AssertFails(MapFpToG1Precompile.Instance, MapToG1[0].U + "00");
        AssertFails(MapFp2ToG2Precompile.Instance, MapToG2[0].U[..128] + Fp(p));
        AssertFails(MapFp2ToG2Precompile.Instance, MapToG2[0].U[..128]);
        // Zero is a valid input (the SWU exceptional case), and so is p − 1.
        Run(MapFpToG1Precompile.Instance, new string('0', 128));
        Run(MapFp2ToG2Precompile.Instance, new string('0', 256));
        Run(MapFpToG1Precompile.Instance, Fp(p[..^1] + "a"));
    }

    [Theory]
    // msm_G1_bls / msm_G2_bls "Gas" fields and the discount tables of the final EIP text.
    [InlineData(1, 12000, 22500)]
    [InlineData(2, 22776, 45000)]
    [InlineData(3, 30528, 62302)]
    [InlineData(7, 61992, 127890)]
    [InlineData(128, 797184, 1509120)]
    [InlineData(129, 803412, 1520910)]
    [InlineData(1000, 6228000, 11790000)]
    public void Msm_gas_follows_the_discount_tables(int pairs, long g1Gas, long g2Gas)
    {
        Assert.Equal(g1Gas, G1MsmPrecompile.Instance.RequiredGas(new byte[pairs * 160], SpecId.Prague));
        Assert.Equal(g2Gas, G2MsmPrecompile.Instance.RequiredGas(new byte[pairs * 288], SpecId.Prague));
    }

    [Fact]
    public void Fixed_and_pairing_gas_follow_the_eip()
    {
        Assert.Equal(375, G1AddPrecompile.Instance.RequiredGas([], SpecId.Prague));
        Assert.Equal(600, G2AddPrecompile.Instance.RequiredGas([], SpecId.Prague));
        Assert.Equal(5500, MapFpToG1Precompile.Instance.RequiredGas([], SpecId.Prague));
        Assert.Equal(23800, MapFp2ToG2Precompile.Instance.RequiredGas([], SpecId.Prague));
        Assert.Equal(70300, PairingCheckPrecompile.Instance.RequiredGas(new byte[384], SpecId.Prague));
        Assert.Equal(102900, PairingCheckPrecompile.Instance.RequiredGas(new byte[768], SpecId.Prague));
        Assert.Equal(135500, PairingCheckPrecompile.Instance.RequiredGas(new byte[1152], SpecId.Prague));
        // MSM prices use ⌊length / pair length⌋ pairs, and k = 0 costs 0 (the call then fails on the empty input).
        Assert.Equal(0, G1MsmPrecompile.Instance.RequiredGas([], SpecId.Prague));
        Assert.Equal(0, G2MsmPrecompile.Instance.RequiredGas(new byte[287], SpecId.Prague));
    }
}
