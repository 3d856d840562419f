using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// The keys a transaction touches that can be read off the transaction itself (ARCHITECTURE.md §4). The coinbase's fee
/// credit is deliberately absent: the engine adds fees as commutative deltas, so only a transaction that names the
/// coinbase (as sender, recipient, access-list entry…) touches its account.
/// </summary>
static class CheapFacts
{
    public static void Append(Transaction tx, in TxShape shape, bool speculated, GraphOptions options, List<KeyAccess> into)
    {
        // Nonce check and gas purchase: every transaction reads and writes its sender.
        into.Add(new KeyAccess(GraphKey.Account(tx.Sender), AccessKind.ReadWrite));
        var target = shape.Target;
        switch (shape.Kind)
        {
            case TxShapeKind.Create:
                into.Add(new KeyAccess(GraphKey.Account(target), AccessKind.ReadWrite));
                // Initcode may write any slot of the new account.
                if (!speculated) into.Add(new KeyAccess(GraphKey.Contract(target), AccessKind.Write));
                break;
            case TxShapeKind.Transfer:
                into.Add(new KeyAccess(GraphKey.Account(target), TransferRecipientAccess(tx, options)));
                break;
            case TxShapeKind.Erc20:
                into.Add(new KeyAccess(GraphKey.Account(target), CalleeAccess(tx)));
                AppendErc20(tx.Sender, target, shape.Call, speculated ? AccessOrigin.Declared : AccessOrigin.Decoded, into);
                break;
            case TxShapeKind.ContractCall:
                into.Add(new KeyAccess(GraphKey.Account(target), CalleeAccess(tx)));
                if (!speculated)
                {
                    // Unknown calldata: the call may read or write anything the contract holds, its balance included.
                    into.Add(new KeyAccess(GraphKey.Contract(target), AccessKind.ReadWrite));
                    into.Add(new KeyAccess(GraphKey.Account(target), AccessKind.ReadWrite));
                }
                break;
        }
        AppendAccessList(tx.AccessList, into);
        AppendAuthorities(tx.AuthorizationList, into);
    }

    /// <summary>
    /// A plain transfer's use of its recipient. ARCHITECTURE.md §4: with <see cref="GraphOptions.CreditsAreDeltas"/> a
    /// credit to an account without code commutes with other credits, so it only writes.
    /// </summary>
    public static AccessKind TransferRecipientAccess(Transaction tx, GraphOptions options) =>
        tx.Value.IsZero ? AccessKind.Read : options.CreditsAreDeltas ? AccessKind.Write : AccessKind.ReadWrite;

    /// <summary>Whether the transaction names nothing beyond its sender, its target and its calldata (no EIP-2930 list, no EIP-7702 authorizations).</summary>
    public static bool IsBare(Transaction tx) => tx.AccessList is not { Length: > 0 } && tx.AuthorizationList is not { Length: > 0 };

    /// <summary>Calling an account reads it (its code); sending it value also writes its balance.</summary>
    public static AccessKind CalleeAccess(Transaction tx) => tx.Value.IsZero ? AccessKind.Read : AccessKind.ReadWrite;

    /// <summary>The token keys of <see cref="Erc20Call.HolderKeys"/>, scoped to the token.</summary>
    static void AppendErc20(Address sender, Address token, in Erc20Call call, AccessOrigin origin, List<KeyAccess> into)
    {
        Span<HolderKey> holders = stackalloc HolderKey[Erc20Call.MaxHolderKeys];
        foreach (var holder in holders[..call.HolderKeys(sender, holders)])
            into.Add(new KeyAccess(new GraphKey(holder.Kind, token, holder.Holder.ToWord()), holder.Access, origin));
    }

    /// <summary>
    /// EIP-2930: a listed slot is read and written (SSTORE is the usual reason to list one). A listed address is only
    /// read: listing a popular contract must not chain every transaction that lists it.
    /// </summary>
    static void AppendAccessList(AccessListItem[]? accessList, List<KeyAccess> into)
    {
        if (accessList is null) return;
        foreach (var item in accessList)
        {
            if (item is null) continue;
            into.Add(new KeyAccess(GraphKey.Account(item.Address), AccessKind.Read));
            if (item.StorageKeys is null) continue;
            foreach (var slot in item.StorageKeys)
                into.Add(new KeyAccess(GraphKey.Storage(item.Address, slot), AccessKind.ReadWrite));
        }
    }

    /// <summary>EIP-7702: each valid authorization raises its authority's nonce and sets its code.</summary>
    static void AppendAuthorities(AuthorizationTuple[]? authorizations, List<KeyAccess> into)
    {
        if (authorizations is null) return;
        foreach (var auth in authorizations)
        {
            // Recovery costs one ecrecover per tuple; set-code transactions are rare enough for that.
            if (auth is not null && AuthorizationSignature.TryRecoverAuthority(auth, out var authority))
                into.Add(new KeyAccess(GraphKey.Account(authority), AccessKind.ReadWrite));
        }
    }
}
