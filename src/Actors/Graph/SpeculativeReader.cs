using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// The base state as one transaction's speculative run sees it, recording every account and slot it reads. The sender
/// is shown with the transaction's own nonce and ample funds: against the base state, the second transaction of a nonce
/// chain (or one spending ETH received earlier in the block) would otherwise be rejected before reading anything useful.
/// </summary>
sealed class SpeculativeReader(IStateReader inner) : IStateReader
{
    /// <summary>2^128 wei: more than any real cost, far from overflowing when value is added to it.</summary>
    static readonly UInt256 AmpleBalance = new(0, 0, 1, 0);

    Transaction _tx = null!;
    List<KeyAccess> _reads = null!;

    public void Begin(Transaction tx, List<KeyAccess> reads)
    {
        _tx = tx;
        _reads = reads;
    }

    public Account? GetAccount(Address address)
    {
        _reads.Add(new KeyAccess(GraphKey.Account(address), AccessKind.Read, AccessOrigin.Speculated));
        var account = inner.GetAccount(address);
        if (address != _tx.Sender) return account;
        var balance = account is { } a && a.Balance > AmpleBalance ? a.Balance : AmpleBalance;
        return new Account(_tx.Nonce, balance, account?.CodeHash ?? Account.EmptyCodeHash);
    }

    public byte[] GetCode(Hash256 codeHash) => inner.GetCode(codeHash);

    public UInt256 GetStorage(Address address, in UInt256 slot)
    {
        _reads.Add(new KeyAccess(GraphKey.Storage(address, slot), AccessKind.Read, AccessOrigin.Speculated));
        return inner.GetStorage(address, slot);
    }

    /// <summary>Asked before a creation (EIP-7610): whether any slot is set, i.e. a read of the whole storage.</summary>
    public bool HasStorage(Address address)
    {
        _reads.Add(new KeyAccess(GraphKey.Contract(address), AccessKind.Read, AccessOrigin.Speculated));
        return inner.HasStorage(address);
    }
}
