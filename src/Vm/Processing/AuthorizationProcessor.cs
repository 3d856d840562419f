using ParallelEvm.State;
using ParallelEvm.Vm.Gas;
using ParallelEvm.Vm.World;

namespace ParallelEvm.Vm;

/// <summary>
/// EIP-7702: applies a set-code transaction's authorization list, in order, after the sender's nonce is raised and
/// gas is bought and before the call runs. A tuple that fails a check is skipped; it never invalidates the
/// transaction. Its writes (the authority's code and nonce) are ordinary journaled writes made before the
/// top-level call's snapshot, so they stay when the call reverts, and they reach the transaction's state diff as
/// code writes like any other.
/// </summary>
static class AuthorizationProcessor
{
    /// <summary>The intrinsic charge assumed a new account per tuple; an authority that exists gets the difference back.</summary>
    public const long ExistingAuthorityRefund = GasCosts.PerEmptyAccountCost - GasCosts.PerAuthBaseCost;

    /// <summary>Applies the list and returns the refund (added to the transaction's refund counter, capped as usual).</summary>
    public static long Apply(ReadOnlySpan<AuthorizationTuple> authorizations, ulong chainId, WorldState world)
    {
        long refund = 0;
        foreach (var auth in authorizations)
        {
            if (!TryApply(auth, chainId, world, out bool existed)) continue;
            if (existed) refund += ExistingAuthorityRefund;
        }
        return refund;
    }

    /// <summary>The EIP's steps 1–9 for one tuple; false when the tuple is skipped.</summary>
    static bool TryApply(AuthorizationTuple auth, ulong chainId, WorldState world, out bool existed)
    {
        existed = false;
        // 1. chain id 0 (any chain) or this chain.
        if (!auth.ChainId.IsZero && auth.ChainId != chainId) return false;
        // 2. nonce < 2^64 − 1, so that raising it cannot overflow (EIP-2681).
        if (auth.Nonce == ulong.MaxValue) return false;
        // 3. a well-formed signature from some authority.
        if (!AuthorizationSignature.TryRecoverAuthority(auth, out var authority)) return false;
        // 4. the authority is warm from here on, even when a later check skips the tuple.
        world.WarmAccount(authority);
        // 5. the authority has no code, or only a delegation (which may be replaced).
        var code = world.GetCode(authority);
        if (code.Length != 0 && !Delegation.IsDesignator(code)) return false;
        // 6. the signed nonce is the authority's current nonce.
        if (world.GetNonce(authority) != auth.Nonce) return false;
        // 7. refund when the account is already in the state.
        existed = world.Exists(authority);
        // 8. delegate, or clear the delegation when the address is zero.
        world.SetCode(authority, auth.Address == Address.Zero ? [] : Delegation.Designator(auth.Address));
        // 9. raise the nonce.
        world.SetNonce(authority, auth.Nonce + 1);
        return true;
    }
}
