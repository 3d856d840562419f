using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;

namespace ParallelEvm.Vm.Signing;

/// <summary>
/// Recovers a transaction's sender from its signature (yellow paper appendix F) under a fork's rules:
/// EIP-2 (Homestead) rejects s above n/2; EIP-155 (Spurious Dragon) allows v = chainId·2 + 35/36 and the chain id
/// must be ours; typed transactions carry a y-parity of 0 or 1.
/// </summary>
public static class SenderRecovery
{
    static readonly UInt256 HalfN = Secp256k1.N >> 1;

    /// <summary>The sender, or null with <paramref name="error"/> saying why the signature is not acceptable.</summary>
    public static Address? Recover(Transaction tx, ForkRules rules, ulong chainId, out string? error)
    {
        error = null;
        var recoveryId = TransactionSigning.RecoveryId(tx);
        if (recoveryId is null)
        {
            error = tx.Type == TxType.Legacy
                ? $"signature v {tx.V} is neither 27/28 nor an EIP-155 value"
                : $"signature y-parity {tx.V} is not 0 or 1";
            return null;
        }
        if (tx.Type == TxType.Legacy && TransactionSigning.LegacyChainId(tx.V) is { } legacyChain)
        {
            if (!rules.HasReplayProtection) { error = $"EIP-155 signature (v = {tx.V}) before Spurious Dragon"; return null; }
            if (legacyChain != chainId) { error = $"signature is for chain {legacyChain}, not {chainId}"; return null; }
        }
        if (tx.R.IsZero || tx.R >= Secp256k1.N) { error = "signature r is not in [1, n-1]"; return null; }
        if (tx.S.IsZero || tx.S >= Secp256k1.N) { error = "signature s is not in [1, n-1]"; return null; }
        if (rules.RejectsHighS && tx.S > HalfN) { error = "signature s is above n/2 (EIP-2)"; return null; }

        Span<byte> hash = stackalloc byte[32];
        TransactionSigning.SigningHash(tx).WriteTo(hash);
        if (!Secp256k1.RecoverAddress(hash, recoveryId.Value, tx.R, tx.S, out var sender))
        {
            error = "no public key matches the signature";
            return null;
        }
        return sender;
    }
}
