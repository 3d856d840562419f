using ParallelEvm.State;
using ParallelEvm.Vm.Evm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Tells transfers, ERC-20 calls, other calls and creations apart, with one base-state read per transaction. Fed the
/// block in order, so that it knows which addresses earlier transactions created.
/// </summary>
sealed class TxClassifier(IStateReader baseState)
{
    HashSet<Address>? _createdInBlock;

    public TxShape Next(Transaction tx)
    {
        if (tx.To is not { } to)
        {
            var created = ContractAddress.From(tx.Sender, tx.Nonce);
            (_createdInBlock ??= new()).Add(created);
            return new TxShape(TxShapeKind.Create, created, default, CanSpeculate: true);
        }
        bool newContract = _createdInBlock is not null && _createdInBlock.Contains(to);
        if (!newContract && !HasCode(to)) return new TxShape(TxShapeKind.Transfer, to, default, CanSpeculate: false);
        return Erc20Call.TryDecode(tx.Data, out var call)
            ? new TxShape(TxShapeKind.Erc20, to, call, CanSpeculate: !newContract)
            : new TxShape(TxShapeKind.ContractCall, to, default, CanSpeculate: !newContract);
    }

    /// <summary>Whether the account has code (a contract, or an EIP-7702 delegated account). A failing reader means "unknown": treat as no code.</summary>
    bool HasCode(Address address)
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
