using ParallelEvm.State;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// A <see cref="StateDiff"/> in RLP: <c>[[address, account?, accountChanged, code?, storageCleared, [[slot, value]…]]…]</c>,
/// where <c>account?</c> is <c>[]</c> for a deleted account or <c>[[nonce, balance, codeHash]]</c>. Sorted by address and slot.
/// </summary>
public static class StateDiffCodec
{
    public static void Write(RlpWriter w, StateDiff diff)
    {
        w.StartList();
        foreach (var (address, change) in diff.Accounts.OrderBy(a => a.Key))
        {
            w.StartList();
            w.WriteAddress(address);
            w.StartList();
            if (change.Account is { } account)
            {
                w.StartList();
                w.WriteULong(account.Nonce);
                w.WriteUInt256(account.Balance);
                w.WriteHash(account.CodeHash);
                w.EndList();
            }
            w.EndList();
            w.WriteBool(change.AccountChanged);
            w.WriteOptionalBytes(change.Code);
            w.WriteBool(change.StorageCleared);
            w.WriteSlots(change.StorageOrNull ?? []);
            w.EndList();
        }
        w.EndList();
    }

    /// <exception cref="RlpException">Malformed RLP or an address or slot given twice.</exception>
    public static StateDiff Read(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var diff = new StateDiff();
        while (!r.IsEnd)
        {
            var item = r.ReadList();
            int at = item.Position;
            var address = item.ReadAddress();
            if (diff.Accounts.ContainsKey(address)) throw new RlpException($"account {address} changed twice", at);
            var change = diff.GetOrAdd(address);
            change.Account = ReadAccount(ref item);
            change.AccountChanged = item.ReadBool();
            change.Code = item.ReadOptionalBytes();
            change.StorageCleared = item.ReadBool();
            var storage = item.ReadList();
            while (!storage.IsEnd)
            {
                var pair = storage.ReadList();
                at = pair.Position;
                var slot = pair.ReadUInt256();
                var value = pair.ReadUInt256();
                pair.EnsureEnd();
                if (!change.Storage.TryAdd(slot, value)) throw new RlpException($"slot {slot.ToHexString()} of {address} changed twice", at);
            }
            item.EnsureEnd();
        }
        return diff;
    }

    static Account? ReadAccount(ref RlpReader outer)
    {
        var present = outer.ReadList();
        if (present.IsEnd) return null;
        var r = present.ReadList();
        present.EnsureEnd();
        var account = new Account(r.ReadULong(), r.ReadUInt256(), r.ReadHash());
        r.EnsureEnd();
        return account;
    }
}
