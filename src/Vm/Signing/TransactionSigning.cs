using ParallelEvm.State;

namespace ParallelEvm.Vm.Signing;

/// <summary>
/// What a transaction's signature signs and which recovery id it carries:
/// legacy unprotected (v = 27/28, yellow paper appendix F), legacy EIP-155 (v = chainId·2 + 35/36, the hash also
/// covers chainId, 0, 0), and typed transactions (v is the y-parity; the hash covers <c>type ‖ rlp(fields)</c>).
/// </summary>
public static class TransactionSigning
{
    /// <summary>keccak256 of the signing payload.</summary>
    public static Hash256 SigningHash(Transaction tx) =>
        Keccak256.Hash(TransactionRlp.EncodeForSigning(tx, tx.Type == TxType.Legacy ? LegacyChainId(tx.V) : null));

    /// <summary>EIP-155: the chain id a legacy v encodes; null for unprotected (27/28) or malformed values.</summary>
    public static ulong? LegacyChainId(in UInt256 v) => v.FitsInUlong && v.U0 >= 35 ? (v.U0 - 35) / 2 : null;

    /// <summary>The SEC1 recovery id (y-parity of R) a signature's v encodes, or null when v is not a valid value.</summary>
    public static byte? RecoveryId(Transaction tx)
    {
        var v = tx.V;
        if (!v.FitsInUlong) return null;
        if (tx.Type != TxType.Legacy) return v.U0 <= 1 ? (byte)v.U0 : null;
        if (v.U0 is 27 or 28) return (byte)(v.U0 - 27);
        if (v.U0 >= 35) return (byte)((v.U0 - 35) % 2);
        return null;
    }
}
