using System.Security.Cryptography;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-4844 point evaluation precompile at 0x0a (Cancun onwards): input is
/// versioned_hash(32) ‖ z(32) ‖ y(32) ‖ commitment(48) ‖ proof(48). It verifies that the versioned hash commits to
/// the KZG commitment and that the commitment's polynomial evaluates to y at z; on success it returns
/// FIELD_ELEMENTS_PER_BLOB and BLS_MODULUS as two 32-byte big-endian words.
/// </summary>
public sealed class PointEvaluationPrecompile : Precompile
{
    public static readonly PointEvaluationPrecompile Instance = new();

    /// <summary>POINT_EVALUATION_PRECOMPILE_GAS, the same in every fork that has the precompile.</summary>
    public const long Gas = 50_000;

    public const int InputLength = 192;

    /// <summary>VERSIONED_HASH_VERSION_KZG.</summary>
    private const byte KzgVersion = 0x01;

    private const int FieldElementsPerBlob = 4096;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Gas;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length != InputLength) return false;

        ReadOnlySpan<byte> versionedHash = input[..32];
        ReadOnlySpan<byte> z = input[32..64];
        ReadOnlySpan<byte> y = input[64..96];
        ReadOnlySpan<byte> commitment = input[96..144];
        ReadOnlySpan<byte> proof = input[144..192];

        // kzg_to_versioned_hash: VERSIONED_HASH_VERSION_KZG ‖ sha256(commitment)[1:]
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(commitment, digest);
        if (versionedHash[0] != KzgVersion || !versionedHash[1..].SequenceEqual(digest[1..])) return false;

        if (!Kzg.VerifyProof(commitment, z, y, proof)) return false;

        output = new byte[64];
        output[30] = FieldElementsPerBlob >> 8;
        output[31] = FieldElementsPerBlob & 0xff;
        ScalarField.ModulusBigEndian.CopyTo(output.AsSpan(32));
        return true;
    }
}
