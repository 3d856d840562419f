using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Utilities;
using ParallelEvm.State;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// Public-key recovery on secp256k1 (SEC1 v2 §4.1.6), shared by the ecrecover precompile and transaction sender recovery.
/// Curve arithmetic comes from BouncyCastle; only the recovery steps are written here.
/// </summary>
public static class Secp256k1
{
    // BouncyCastle's custom secp256k1 curve uses the GLV endomorphism: much faster than the generic SEC curve.
    static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    static readonly BcBigInteger FieldPrime = Curve.Curve.Field.Characteristic;

    /// <summary>The group order n.</summary>
    public static readonly UInt256 N = new(0xBFD25E8CD0364141, 0xBAAEDCE6AF48A03B, 0xFFFFFFFFFFFFFFFE, 0xFFFFFFFFFFFFFFFF);

    /// <summary>
    /// Recovers the signer's address from a 32-byte message hash and signature (r, s, recoveryId).
    /// recoveryId bit 0 is the parity of R.y, bit 1 says R.x = r + n (SEC1 j = 1); 0..3 are accepted.
    /// Returns false when r or s is outside [1, n-1] or no valid public key exists. No low-s rule is applied here
    /// (EIP-2 applies it to transactions only: callers that need it check s themselves).
    /// </summary>
    public static bool RecoverAddress(ReadOnlySpan<byte> hash32, byte recoveryId, in UInt256 r, in UInt256 s, out Address address)
    {
        address = default;
        if (hash32.Length != 32) throw new ArgumentException($"a message hash has 32 bytes, got {hash32.Length}", nameof(hash32));
        if (recoveryId > 3 || r.IsZero || s.IsZero || r >= N || s >= N) return false;

        Span<byte> publicKey = stackalloc byte[64];
        if (!TryRecoverPublicKey(hash32, recoveryId, r, s, publicKey)) return false;

        Span<byte> digest = stackalloc byte[32];
        Keccak256.Hash(publicKey, digest);
        // The address is the last 20 bytes of keccak256(x || y) (yellow paper, appendix F).
        address = new Address(digest[12..]);
        return true;
    }

    /// <summary>SEC1 §4.1.6: writes the uncompressed public key x || y (64 bytes) that verifies the signature.</summary>
    static bool TryRecoverPublicKey(ReadOnlySpan<byte> hash32, byte recoveryId, in UInt256 r, in UInt256 s, Span<byte> publicKey64)
    {
        var n = Curve.N;
        var rInt = ToBc(r);
        var sInt = ToBc(s);

        // Step 1.1–1.3: x = r + j·n must be a field element.
        var x = (recoveryId & 2) != 0 ? rInt.Add(n) : rInt;
        if (x.CompareTo(FieldPrime) >= 0) return false;

        // Step 1.3: decompress R from x and the parity of y; y² = x³ + 7 may have no root.
        var curve = Curve.Curve;
        var fx = curve.FromBigInteger(x);
        var fy = fx.Square().Multiply(fx).Add(curve.B).Sqrt();
        if (fy is null) return false;
        if (fy.TestBitZero() != ((recoveryId & 1) != 0)) fy = fy.Negate();
        var bigR = curve.CreatePoint(x, fy.ToBigInteger());

        // Steps 1.5–1.6: Q = r⁻¹ (s·R − e·G), computed as one double-scalar multiplication.
        var e = new BcBigInteger(1, hash32.ToArray());
        var rInv = BigIntegers.ModOddInverse(n, rInt); // n is prime (odd); much faster than BigInteger.ModInverse
        var u1 = n.Subtract(e.Multiply(rInv).Mod(n)).Mod(n);
        var u2 = sInt.Multiply(rInv).Mod(n);
        var q = ECAlgorithms.SumOfTwoMultiplies(Curve.G, u1, bigR, u2).Normalize();
        if (q.IsInfinity) return false;

        // GetEncoded gives the field size (32 bytes), left-padded with zeros.
        q.AffineXCoord.GetEncoded().CopyTo(publicKey64[..32]);
        q.AffineYCoord.GetEncoded().CopyTo(publicKey64[32..]);
        return true;
    }

    static BcBigInteger ToBc(in UInt256 v)
    {
        var bytes = new byte[32];
        v.WriteBigEndian(bytes);
        return new BcBigInteger(1, bytes);
    }
}
