using System.Diagnostics;
using ParallelEvm.Vm.Precompiles.Bls12381;
using Xunit.Abstractions;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

public class PointEvaluationPrecompileTests
{
    // FIELD_ELEMENTS_PER_BLOB (4096) ‖ BLS_MODULUS, both 32-byte big-endian (EIP-4844).
    private const string SuccessOutput =
        "0000000000000000000000000000000000000000000000000000000000001000" +
        "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001";

    // execution-spec-tests test_valid_inputs "in_bounds_z": zero polynomial (commitment and proof at infinity),
    // z = r − 1, y = 0.
    private const string InBoundsZ =
        "010657f37554c781402a22917dee2f75def7ab966d7b770905398eba3c444014" +
        "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000" +
        "0000000000000000000000000000000000000000000000000000000000000000" +
        "c00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
        "c00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";

    // consensus-specs verify_kzg_proof_case_correct_proof_31ebd010e6098750: z = r − 1, a proof that is not at infinity.
    private const string NonTrivialValid =
        "01e798154708fe7789429634053cbf9f99b619f9f084048927333fce637f549b" +
        "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000" +
        "1522a4a7f34e1ea350ae07c29c96c7e79655aa926122e95fe69fcbd932ca49e9" +
        "8f59a8d2a1a625a17f3fea0fe5eb8c896db3764f3185481bc22f91b4aaffcca25f26936857bc3a7c2539ea8ec3a952b7" +
        "a62ad71d14c5719385c0686f1871430475bf3a00f0aa3f7b8dd99a9abc2160744faf0070725e00b60ad9a026a15b1a8c";

    public static TheoryData<string, bool, string> External => PointEvaluationVectors.External;

    [Theory]
    [MemberData(nameof(External))]
    public void External_vectors_succeed_exactly_when_the_proof_is_correct(string name, bool valid, string input)
    {
        bool ok = PointEvaluationPrecompile.Instance.TryRun(Convert.FromHexString(input), SpecId.Cancun, out byte[] result);
        Assert.True(valid == ok, name);
        Assert.Equal(valid ? SuccessOutput : "", Convert.ToHexString(result).ToLowerInvariant());
    }

    [Fact]
    public void In_bounds_z_with_the_zero_polynomial_succeeds()
    {
        Assert.True(PointEvaluationPrecompile.Instance.TryRun(Convert.FromHexString(InBoundsZ), SpecId.Cancun, out byte[] result));
        Assert.Equal(SuccessOutput, Convert.ToHexString(result).ToLowerInvariant());
    }

    public static TheoryData<string, string> InvalidInputs => PointEvaluationVectors.InvalidInputs;

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Invalid_inputs_fail(string name, string input)
    {
        Assert.False(PointEvaluationPrecompile.Instance.TryRun(Convert.FromHexString(input), SpecId.Cancun, out byte[] result), name);
        Assert.Empty(result);
    }

    [Fact]
    public void Tampering_with_any_field_of_a_valid_input_fails()
    {
        byte[] valid = Convert.FromHexString(NonTrivialValid);
        Assert.True(PointEvaluationPrecompile.Instance.TryRun(valid, SpecId.Cancun, out _));
        foreach (int index in new[] { 5, 63, 90, 120, 150, 191 })
        {
            byte[] tampered = (byte[])valid.Clone();
            tampered[index] ^= 0x01;
            Assert.False(PointEvaluationPrecompile.Instance.TryRun(tampered, SpecId.Cancun, out _), $"byte {index}");
        }
    }

    [Fact]
    public void Random_inputs_with_matching_versioned_hashes_fail_without_throwing()
    {
        var random = new Random(42);
        for (int i = 0; i < 40; i++)
        {
            byte[] input = new byte[192];
            random.NextBytes(input);
            input[96] |= 0x80; // compressed flag, so decoding proceeds to the curve and subgroup checks
            if (i % 2 == 0) input[96] &= 0x9f; // and half the time no infinity/sign flags
            input[32] &= 0x3f; // z and y below r
            input[64] &= 0x3f;
            byte[] hash = System.Security.Cryptography.SHA256.HashData(input.AsSpan(96, 48));
            hash[0] = 0x01;
            hash.CopyTo(input, 0);
            Assert.False(PointEvaluationPrecompile.Instance.TryRun(input, SpecId.Cancun, out byte[] result));
            Assert.Empty(result);
        }
    }

    [Fact]
    public void Gas_is_fifty_thousand_in_every_fork_that_has_it()
    {
        foreach (SpecId spec in new[] { SpecId.Cancun, SpecId.Prague, SpecId.Osaka })
        {
            Assert.Equal(50_000, PointEvaluationPrecompile.Instance.RequiredGas(new byte[192], spec));
            Assert.Equal(50_000, PointEvaluationPrecompile.Instance.RequiredGas([], spec));
        }
    }

}
