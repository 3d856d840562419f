using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;
using ParallelEvm.Vm.Tests.Precompiles;

namespace ParallelEvm.Vm.Tests.Osaka;

/// <summary>
/// EIP-7951 P256VERIFY. Vectors are Wycheproof's ecdsa_secp256r1_sha256_p1363_test.json (as embedded in the
/// ethereum/tests Osaka fixtures): key wx/wy, message "123400" hashed with SHA-256.
/// </summary>
public class P256VerifyPrecompileTests
{
    const string Hash = "bb5a52f42f9c9261ed4361f59422a1e30036e7c32b270c8807a419feca605023"; // SHA-256("123400")
    const string Qx = "2927b10512bae3eddcfe467828128bad2903269919f7086069c8c4df6c732838";
    const string Qy = "c7787964eaac00e5921fb1498a60f4606766b3d9685001558d1a974e7341513e";
    // Wycheproof #1 (valid).
    const string R1 = "2ba3a8be6b94d5ec80a6d9d1190a436effe50d85a1eee859b8cc6af9bd5c2e18";
    const string S1 = "4cd60b855d442f5b3c7b11eb6c4e0ae7525fe710fab9aa7c77a67f79e6fadd76";
    const string N = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
    const string P = "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff";

    static readonly byte[] Success = Hex.Bytes("0000000000000000000000000000000000000000000000000000000000000001");

    static byte[] Run(string hex)
    {
        Assert.True(P256VerifyPrecompile.Instance.TryRun(Hex.Bytes(hex), SpecId.Osaka, out var output)); // never fails the call
        return output;
    }

    [Fact]
    public void Valid_signature_returns_one()
    {
        Assert.Equal(Success, Run(Hash + R1 + S1 + Qx + Qy));
    }

    [Fact]
    public void High_s_is_accepted_unlike_transaction_signatures()
    {
        // (r, n − s) also verifies under ECDSA; EIP-7951 has no low-s rule.
        var s = UInt256.Parse("0x" + N) - UInt256.Parse("0x" + S1);
        Assert.Equal(Success, Run(Hash + R1 + Word(s) + Qx + Qy));
    }

    [Fact]
    public void R_prime_x_above_n_is_compared_modulo_n()
    {
        // Wycheproof #113 "k*G has a large x-coordinate": r = x(kG) − n.
        Assert.Equal(Success, Run(Hash
            + "000000000000000000000000000000004319055358e8617b0c46353d039cdaab"
            + "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63254e"
            + "0ad99500288d466940031d72a9f5445a4d43784640855bf0a69874d2de5fe103"
            + "c5011e6ef2c42dcd50d5d3d29f99ae6eba2c80c9244f4c5422f0979ff0c3ba5e"));
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "wrong hash", "00" + Hash[2..] + R1 + S1 + Qx + Qy },
        { "r = 0", Hash + Zero + S1 + Qx + Qy },
        { "s = 0", Hash + R1 + Zero + Qx + Qy },
        { "r = n", Hash + N + S1 + Qx + Qy },
        { "s = n", Hash + R1 + N + Qx + Qy },
        { "qx = p", Hash + R1 + S1 + P + Qy },
        { "qy = p", Hash + R1 + S1 + Qx + P },
        { "infinity as (0, 0)", Hash + R1 + S1 + Zero + Zero },
        { "point off the curve", Hash + R1 + S1 + Qx + Qx },
        { "all zeros", Hash[..0] + new string('0', 320) },
        // Wycheproof #136 "point at infinity during verify" and #173 "point with x-coordinate 0".
        { "R' at infinity", Hash + "7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8"
            + "555555550000000055555555555555553ef7a8e48d07df81a693439654210c70"
            + "b533d4695dd5b8c5e07757e55e6e516f7e2c88fa0239e23f60e8ec07dd70f287"
            + "1b134ee58cc583278456863f33c3a85d881f7d4a39850143e29d4eaf009afe47" },
        { "r with x-coordinate 0", Hash + "0000000000000000000000000000000000000000000000000000000000000001"
            + "555555550000000055555555555555553ef7a8e48d07df81a693439654210c70"
            + "6adda82b90261b0f319faa0d878665a6b6da497f09c903176222c34acfef72a6"
            + "47e6f50dcc40ad5d9b59f7602bb222fad71a41bf5e1f9df4959a364c62e488d9" },
    };

    const string Zero = "0000000000000000000000000000000000000000000000000000000000000000";

    [Theory, MemberData(nameof(Invalid))]
    public void Invalid_input_returns_empty_output(string why, string hex)
    {
        Assert.True(Run(hex).Length == 0, why);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(159)]
    [InlineData(161)]
    [InlineData(192)]
    public void Input_of_any_length_but_160_returns_empty_output(int length)
    {
        var valid = Hex.Bytes(Hash + R1 + S1 + Qx + Qy);
        var input = new byte[length];
        valid.AsSpan(0, Math.Min(length, valid.Length)).CopyTo(input);
        Assert.True(P256VerifyPrecompile.Instance.TryRun(input, SpecId.Osaka, out var output));
        Assert.Empty(output);
    }

    [Fact]
    public void Costs_6900_whatever_the_input()
    {
        Assert.Equal(6900, P256VerifyPrecompile.Instance.RequiredGas(Hex.Bytes(Hash + R1 + S1 + Qx + Qy), SpecId.Osaka));
        Assert.Equal(6900, P256VerifyPrecompile.Instance.RequiredGas([], SpecId.Osaka));
    }

    [Fact]
    public void Is_at_0x100_from_Osaka_only()
    {
        var address = Address.FromNumber(0x100);
        Assert.Same(P256VerifyPrecompile.Instance, PrecompileSet.Get(address, SpecId.Osaka));
        Assert.Null(PrecompileSet.Get(address, SpecId.Prague));
    }

    [Fact]
    public void Curve_constants_match_the_EIP()
    {
        Assert.Equal(UInt256.Parse("0x" + N), Secp256r1.N);
        Assert.Equal(UInt256.Parse("0x" + P), Secp256r1.P);
    }

    static string Word(UInt256 v)
    {
        var b = new byte[32];
        v.WriteBigEndian(b);
        return Hex.Of(b);
    }
}
