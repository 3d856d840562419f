using System.Runtime.CompilerServices;
using ParallelEvm.State;
using ParallelEvm.Vm.Evm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Tells transfers, ERC-20 calls, other calls and creations apart, reading the base state at most once per distinct
/// recipient (the answer is cached in <see cref="AccountFacts"/>: the base state does not change during the build).
/// Fed the block in order, so that it knows which addresses earlier transactions created.
/// </summary>
sealed class TxClassifier(IStateReader baseState, FlatMap<Address, AccountFacts> accounts)
{
    /// <summary>
    /// Asks the base state about every recipient up front, in one tight loop. On a large block those reads mostly miss
    /// the cache; back to back, several are in flight at once, where spread among the rest of the build each stalls alone.
    /// Reading a recipient that turns out to be created in the block is harmless: <see cref="Next"/> checks that first.
    /// </summary>
    public void LearnCode(IReadOnlyList<Transaction?> txs, int prefetchDistance)
    {
        for (int i = 0; i < txs.Count; i++)
        {
            if (i + prefetchDistance < txs.Count && txs[i + prefetchDistance]?.To is { } next) accounts.Prefetch(next);
            if (txs[i]?.To is not { } to) continue;
            HasCode(to, ref accounts.FindOrAdd(to));
        }
    }

    public TxShape Next(Transaction tx)
    {
        if (tx.To is not { } to)
        {
            var created = ContractAddress.From(tx.Sender, tx.Nonce);
            accounts.FindOrAdd(created).CreatedInBlock = true;
            return new TxShape(TxShapeKind.Create, created, default, CanSpeculate: true);
        }
        ref var facts = ref accounts.FindOrAdd(to);
        bool newContract = facts.CreatedInBlock;
        if (!newContract && !HasCode(to, ref facts)) return new TxShape(TxShapeKind.Transfer, to, default, CanSpeculate: false);
        return Erc20Call.TryDecode(tx.Data, out var call)
            ? new TxShape(TxShapeKind.Erc20, to, call, CanSpeculate: !newContract)
            : new TxShape(TxShapeKind.ContractCall, to, default, CanSpeculate: !newContract);
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
