using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;

namespace ParallelEvm.Vm;

/// <summary>
/// EIP-7702: who signed an authorization tuple. The signed message is keccak256(MAGIC ‖ rlp([chain_id, address, nonce]))
/// with MAGIC = 0x05; the signature must have y_parity 0 or 1, r in [1, n−1] and a low s (1 ≤ s ≤ n/2, as EIP-2).
/// </summary>
public static class AuthorizationSignature
{
    /// <summary>EIP-7702's domain separator for authorization signatures.</summary>
    public const byte Magic = 0x05;

    /// <summary>n/2 for secp256k1: the largest s EIP-2 (and so EIP-7702) accepts.</summary>
    static readonly UInt256 HalfN = Secp256k1.N >> 1;

    /// <summary>keccak256(0x05 ‖ rlp([chain_id, address, nonce])).</summary>
    public static Hash256 SigningHash(AuthorizationTuple auth)
    {
        using var rlp = new RlpWriter(64);
        rlp.WriteEncoded([Magic]); // a raw prefix byte, not an RLP item: the hash covers MAGIC ‖ rlp(list)
        rlp.StartList();
        rlp.WriteUInt256(auth.ChainId);
        rlp.WriteAddress(auth.Address);
        rlp.WriteULong(auth.Nonce);
        rlp.EndList();
        return rlp.ComputeKeccak();
    }

    /// <summary>
    /// Recovers the authority (the signer). False when the signature is malformed (y_parity, r or s out of range)
    /// or no public key verifies it: such a tuple is skipped, it does not invalidate the transaction.
    /// </summary>
    public static bool TryRecoverAuthority(AuthorizationTuple auth, out Address authority)
    {
        authority = default;
        if (auth.YParity > 1) return false;
        if (auth.R.IsZero || auth.R >= Secp256k1.N) return false;
        if (auth.S.IsZero || auth.S > HalfN) return false;
        Span<byte> hash = stackalloc byte[32];
        SigningHash(auth).WriteTo(hash);
        return Secp256k1.RecoverAddress(hash, auth.YParity, auth.R, auth.S, out authority);
    }
}
