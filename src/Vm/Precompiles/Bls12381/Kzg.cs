namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-4844 / consensus-specs polynomial-commitments <c>verify_kzg_proof</c>: checks that the polynomial committed to
/// by <c>commitment</c> evaluates to <c>y</c> at <c>z</c>, using the Ethereum KZG ceremony's [τ]₂.
/// </summary>
public static class Kzg
{
    /// <summary>
    /// KZG_SETUP_G2_MONOMIAL[1] = [τ]₂ of the Ethereum KZG ceremony, compressed. Source: consensus-specs
    /// presets/mainnet/trusted_setups/trusted_setup_4096.json "g2_monomial" entry 1 (also c-kzg-4844
    /// src/trusted_setup.txt and execution-specs src/ethereum/crypto/kzg.py KZG_SETUP_G2_MONOMIAL_1).
    /// </summary>
    private const string TauG2Hex =
        "b5bfd7dd8cdeb128843bc287230af38926187075cbfbefa81009a2ce615ac53d2914e5870cb452d2afaaab24f3499f72185cbfee53492714734429b7b38608e23926c911cceceac9a36851477ba4c60b087041de621000edc98edada20c1def2";

    public const int CommitmentLength = G1.CompressedLength;
    public const int ProofLength = G1.CompressedLength;

    internal static readonly AffinePoint<Fp2> TauG2 = DecodeTau();

    private static readonly G2Prepared PreparedTau = new(TauG2);
    private static readonly G2Prepared PreparedG2Generator = new(G2.Generator);
    private static readonly JacobianPoint<Fp> G1GeneratorJacobian = G1.Generator.ToJacobian();

    /// <summary>
    /// True iff z and y are canonical scalars (&lt; r), commitment and proof decode to G1 points, and
    /// e(proof, [τ]₂ − [z]G₂) = e(commitment − [y]G₁, G₂). Any malformed input yields false.
    /// </summary>
    public static bool VerifyProof(ReadOnlySpan<byte> commitment, ReadOnlySpan<byte> z, ReadOnlySpan<byte> y, ReadOnlySpan<byte> proof)
    {
        if (!ScalarField.IsCanonical(z) || !ScalarField.IsCanonical(y)) return false;
        if (!TryDecodeG1(commitment, out AffinePoint<Fp> commitmentPoint)) return false;
        if (!TryDecodeG1(proof, out AffinePoint<Fp> proofPoint)) return false;

        // By bilinearity the check equals e(π, [τ]₂) · e([y]G₁ − [z]π − C, G₂) = 1, which keeps both G2 arguments
        // fixed (their Miller-loop lines are precomputed) and moves the scalar work into the cheaper G1.
        JacobianPoint<Fp> s = JacobianPoint<Fp>.MultiplyAndAdd(G1GeneratorJacobian, y, proofPoint.ToJacobian().Negate(), z)
            .Subtract(commitmentPoint.ToJacobian());
        return Pairing.Check([(proofPoint, PreparedTau), (s.ToAffine(), PreparedG2Generator)]);
    }

    /// <summary>consensus-specs validate_kzg_g1: compressed form, canonical infinity allowed, subgroup member.</summary>
    private static bool TryDecodeG1(ReadOnlySpan<byte> encoded, out AffinePoint<Fp> point) =>
        G1.TryDecompress(encoded, out point) && G1.IsInSubgroup(point);

    private static AffinePoint<Fp2> DecodeTau()
    {
        if (!G2.TryDecompress(Convert.FromHexString(TauG2Hex), out AffinePoint<Fp2> tau) || !G2.IsInSubgroup(tau))
            throw new InvalidOperationException("KZG trusted setup point failed to decode");
        return tau;
    }
}
