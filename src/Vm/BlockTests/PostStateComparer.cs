using ParallelEvm.State;
using ParallelEvm.State.Json;

namespace ParallelEvm.Vm.BlockTests;

/// <summary>Explains how a state differs from a fixture's expected post-state: the first account, field or slot that differs.</summary>
static class PostStateComparer
{
    public static string? FirstDifference(InMemoryDb actual, FixtureState expected)
    {
        var expectedAddresses = new HashSet<Address>();
        foreach (var e in expected.Accounts)
        {
            expectedAddresses.Add(e.Address);
            if (actual.GetAccount(e.Address) is not { } a) return $"account {e.Address} is missing";
            if (a.Nonce != e.Nonce) return $"account {e.Address}: nonce {a.Nonce} != expected {e.Nonce}";
            if (a.Balance != e.Balance) return $"account {e.Address}: balance {a.Balance} != expected {e.Balance}";
            if (a.CodeHash != e.CodeHash) return $"account {e.Address}: code hash {a.CodeHash} != expected {e.CodeHash}";
            var storage = actual.GetStorageOf(e.Address);
            foreach (var (slot, value) in e.Storage)
            {
                var got = storage.TryGetValue(slot, out var v) ? v : UInt256.Zero;
                if (got != value) return $"account {e.Address}: slot {slot.ToHexString()} = {got.ToHexString()} != expected {value.ToHexString()}";
            }
            foreach (var (slot, value) in storage)
                if (!value.IsZero && !e.Storage.ContainsKey(slot))
                    return $"account {e.Address}: slot {slot.ToHexString()} = {value.ToHexString()} is not in the expected state";
        }
        foreach (var address in actual.Accounts.Keys)
            if (!expectedAddresses.Contains(address)) return $"account {address} exists but is not in the expected state";
        return null;
    }
}
