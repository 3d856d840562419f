using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using ParallelEvm.State;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// ECDSA verification on secp256r1 (NIST P-256) with the input checks EIP-7951 requires. Curve arithmetic and the
/// ECDSA equation (SEC1 v2 §4.1.4) come from BouncyCastle; the EIP's validation steps are written here.
/// </summary>
public static class Secp256r1
{
    static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("secp256r1");
    static readonly ECDomainParameters Domain = new(Curve);

    /// <summary>The group order n.</summary>
    public static readonly UInt256 N = new(0xF3B9CAC2FC632551, 0xBCE6FAADA7179E84, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF00000000);

    /// <summary>The field prime p.</summary>
    public static readonly UInt256 P = new(0xFFFFFFFFFFFFFFFF, 0x00000000FFFFFFFF, 0x0000000000000000, 0xFFFFFFFF00000001);

    /// <summary>
    /// True when (r, s) is a valid signature of the 32-byte <paramref name="hash32"/> by public key (qx, qy).
    /// False for any invalid input: r or s outside [1, n−1], a coordinate ≥ p, the point at infinity encoded as
    /// (0, 0), a point off the curve, or a signature that does not verify. Never throws for bad values.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> hash32, in UInt256 r, in UInt256 s, in UInt256 qx, in UInt256 qy)
    {
        if (hash32.Length != 32) throw new ArgumentException($"a message hash has 32 bytes, got {hash32.Length}", nameof(hash32));
        // EIP-7951: 0 < r < n, 0 < s < n (no low-s rule), 0 ≤ qx, qy < p, (qx, qy) ≠ (0, 0) and on the curve.
        if (r.IsZero || r >= N || s.IsZero || s >= N) return false;
        if (qx >= P || qy >= P) return false;
        if (qx.IsZero && qy.IsZero) return false;

        var point = Curve.Curve.CreatePoint(ToBc(qx), ToBc(qy));
        if (!point.IsValid()) return false; // not on the curve (P-256 has cofactor 1, so no subgroup check is needed)

        var signer = new ECDsaSigner();
        signer.Init(false, new ECPublicKeyParameters(point, Domain));
        // R' = (e·s⁻¹)·G + (r·s⁻¹)·Q; valid when R' is not infinity and R'.x ≡ r (mod n). e is the whole 256-bit hash.
        return signer.VerifySignature(hash32.ToArray(), ToBc(r), ToBc(s));
    }

    static BcBigInteger ToBc(in UInt256 v)
    {
        var bytes = new byte[32];
        v.WriteBigEndian(bytes);
        return new BcBigInteger(1, bytes);
    }
}
