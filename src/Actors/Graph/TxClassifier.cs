using System.Runtime.CompilerServices;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Tells transfers, ERC-20 calls, other calls and creations apart, reading the base state at most once per address
/// (the answer is kept in its <see cref="AccountFacts"/>: the base state does not change during the build).
/// <para>
/// With <paramref name="skipUnshared"/>, a recipient that no other transaction names is called a transfer without
/// asking: every key a transaction derives from its target is scoped to the target, and edges need a key two
/// transactions share, so what such a recipient is cannot change an edge. Only sound when every key comes from the
/// cheap facts (no speculative runs) and every address the facts use was counted (no EIP-7702 authorities).
/// </para>
/// </summary>
sealed class TxClassifier(IStateReader baseState, BlockAddresses addresses, bool skipUnshared)
{
    /// <summary>Classifies transaction <paramref name="index"/> of the block <paramref name="addresses"/> indexed.</summary>
    public TxShape Next(Transaction tx, int index)
    {
        int number = addresses.TargetOf(index);
        var target = addresses.AddressOf(number);
        if (tx.To is null) return new TxShape(TxShapeKind.Create, target, default, CanSpeculate: true);
        ref var facts = ref addresses[number];
        if (skipUnshared && !facts.NamedTwice && !addresses.HasAuthorities)
            return new TxShape(TxShapeKind.Transfer, target, default, CanSpeculate: false);
        // A call to a contract an earlier transaction of this block creates: the base state does not have its code yet.
        bool newContract = facts.CreatedBy != 0 && facts.CreatedBy <= index;
        if (!newContract && !HasCode(target, ref facts)) return new TxShape(TxShapeKind.Transfer, target, default, CanSpeculate: false);
        return Erc20Call.TryDecode(tx.Data, out var call)
            ? new TxShape(TxShapeKind.Erc20, target, call, CanSpeculate: !newContract)
            : new TxShape(TxShapeKind.ContractCall, target, default, CanSpeculate: !newContract);
    }

    /// <summary>Whether the account has code (a contract, or an EIP-7702 delegated account). A failing reader means "unknown": treat as no code.</summary>
    bool HasCode(Address address, ref AccountFacts facts)
    {
        if (facts.Code == CodeFact.Unknown) facts.Code = ReadHasCode(address) ? CodeFact.Present : CodeFact.None;
        return facts.Code == CodeFact.Present;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // keeps the try/catch out of Next's hot path
    bool ReadHasCode(Address address)
    {
        try
        {
            return baseState.GetAccount(address) is { HasCode: true };
        }
        catch (Exception)
        {
            // The graph is a hint: a broken base state must not fail the block here; execution will report it.
            return false;
        }
    }
}
