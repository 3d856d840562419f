using ParallelEvm.State;
using ParallelEvm.State.Json;

namespace ParallelEvm.Vm.StateTests;

/// <summary>
/// The first account-level difference between a computed post state and the one a fixture lists
/// (accounts in address order; within an account: nonce, balance, code, then storage slots in order).
/// </summary>
public static class PostStateDiff
{
    /// <summary>A one-line description of the first difference, or a note that the accounts all match.</summary>
    public static string FirstDifference(InMemoryDb actual, FixtureState expected)
    {
        var wanted = expected.Accounts.ToDictionary(a => a.Address);
        var addresses = new SortedSet<Address>(wanted.Keys);
        addresses.UnionWith(actual.Accounts.Keys);
        foreach (var address in addresses)
        {
            var have = actual.GetAccount(address);
            wanted.TryGetValue(address, out var want);
            if (have is null && want is not null)
                return $"account {address} missing (expected nonce {want.Nonce}, balance {want.Balance.ToHexString()})";
            if (have is { } h && want is null)
                return $"unexpected account {address} (nonce {h.Nonce}, balance {h.Balance.ToHexString()})";
            var a = have!.Value;
            if (a.Nonce != want!.Nonce) return $"account {address} nonce {a.Nonce} != expected {want.Nonce}";
            if (a.Balance != want.Balance) return $"account {address} balance {a.Balance.ToHexString()} != expected {want.Balance.ToHexString()}";
            if (a.CodeHash != want.CodeHash)
                return $"account {address} code hash {a.CodeHash} ({actual.GetCode(a.CodeHash).Length} bytes) != expected {want.CodeHash} ({want.Code.Length} bytes)";
            if (StorageDifference(actual.GetStorageOf(address), want.Storage) is { } slot)
                return $"account {address} {slot}";
        }
        return "every account matches the fixture's post state (so the root computation differs)";
    }

    static string? StorageDifference(IReadOnlyDictionary<UInt256, UInt256> have, IReadOnlyDictionary<UInt256, UInt256> want)
    {
        var slots = new SortedSet<UInt256>(want.Keys);
        slots.UnionWith(have.Keys);
        foreach (var slot in slots)
        {
            have.TryGetValue(slot, out var h);
            want.TryGetValue(slot, out var w);
            if (h != w) return $"storage[{slot.ToHexString()}] {h.ToHexString()} != expected {w.ToHexString()}";
        }
        return null;
    }
}
