using CsCheck;
using ParallelEvm.State;
using Xunit;

namespace ParallelEvm.State.Tests.Model;

public class AccountChangesTests
{
    static AccountChange Change(ulong nonce) => new() { Account = new Account(nonce, UInt256.Zero, Hash256.Zero) };

    [Fact]
    public void Behaves_like_a_dictionary_in_insertion_order_across_the_switch_to_hashing()
    {
        // Random sequences of set / add-or-get over a few addresses, compared with Dictionary (whose order, without
        // removals, is insertion order too).
        Gen.Int[0, 3 * AccountChanges.SmallLimit].Array[0, 60].Sample(ops =>
        {
            var map = new AccountChanges();
            var reference = new Dictionary<Address, AccountChange>();
            ulong next = 0;
            foreach (int op in ops)
            {
                var address = Address.FromNumber((ulong)(op / 2 + 1));
                if (op % 2 == 0)
                {
                    var change = Change(next++);
                    map[address] = change;
                    reference[address] = change;
                }
                else
                {
                    ref var slot = ref map.GetValueRefOrAddDefault(address, out bool exists);
                    Assert.Equal(reference.ContainsKey(address), exists);
                    if (!exists) slot = reference[address] = Change(next++);
                }
                Assert.Equal(reference.Count, map.Count);
            }
            Assert.Equal(reference.ToList(), map.ToList());
            foreach (var (address, change) in reference)
            {
                Assert.True(map.TryGetValue(address, out var found));
                Assert.Same(change, found);
                Assert.True(map.ContainsKey(address));
            }
            Assert.False(map.ContainsKey(Address.FromNumber(999)));
            Assert.Equal(reference.Keys, map.Keys);
            Assert.Equal(reference.Values, map.Values);
        });
    }

    [Fact]
    public void Add_of_a_present_address_throws_and_a_missing_one_cannot_be_read()
    {
        foreach (int count in new[] { 1, AccountChanges.SmallLimit + 1 })
        {
            var map = new AccountChanges();
            for (int i = 1; i <= count; i++) map.Add(Address.FromNumber((ulong)i), Change((ulong)i));
            Assert.Throws<ArgumentException>(() => map.Add(Address.FromNumber(1), Change(0)));
            Assert.Throws<KeyNotFoundException>(() => map[Address.FromNumber(999)]);
            Assert.Equal(count, map.Count);
        }
    }

    [Fact]
    public void A_sized_map_and_ensure_capacity_keep_the_entries()
    {
        var sized = new AccountChanges(100);
        sized.Add(Address.FromNumber(1), Change(1));
        Assert.Equal(1, sized.Count);

        var grown = new AccountChanges();
        grown.Add(Address.FromNumber(1), Change(1));
        grown.Add(Address.FromNumber(2), Change(2));
        grown.EnsureCapacity(1000);
        Assert.Equal(new[] { Address.FromNumber(1), Address.FromNumber(2) }, grown.Keys);
    }
}
