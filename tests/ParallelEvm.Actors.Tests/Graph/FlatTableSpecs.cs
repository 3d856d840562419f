using System.Runtime.CompilerServices;
using ParallelEvm.Actors.Graph;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>The build's hash tables, checked against <see cref="Dictionary{TKey,TValue}"/> through many rehashes.</summary>
public class FlatTableSpecs
{
    /// <summary>Precompile-style small addresses (sequential hash codes) mixed with random ones, and repeats.</summary>
    static List<Address> Addresses(int count, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[Address.Size];
        return Enumerable.Range(0, count).Select(i =>
        {
            if (i % 3 == 0) return Address.FromNumber((ulong)(i % 5000));
            random.NextBytes(bytes);
            return new Address(bytes);
        }).ToList();
    }

    [Fact]
    public void AddressTable_numbers_addresses_in_order_of_first_sight_across_rehashes()
    {
        var addresses = Addresses(60_000, seed: 7);
        var expected = new Dictionary<Address, int>();
        using var table = new AddressTable(expectedCount: 4);

        foreach (var address in addresses)
        {
            int number = table.Add(address, out bool added);
            Assert.Equal(!expected.ContainsKey(address), added);
            if (added) expected[address] = expected.Count;
            Assert.Equal(expected[address], number);
        }

        Assert.Equal(expected.Count, table.Count);
        foreach (var (address, number) in expected)
        {
            Assert.Equal(number, table.Find(address));
            Assert.Equal(address, table[number]);
        }
        Assert.Equal(-1, table.Find(Address.FromNumber(1_000_000)));
    }

    [Fact]
    public void FlatMap_keeps_every_value_across_rehashes_and_a_reserve()
    {
        var expected = new Dictionary<SlotKey, int>();
        using var map = new FlatMap<SlotKey, int>(expectedCount: 0);
        var random = new Random(3);
        for (int i = 0; i < 50_000; i++)
        {
            if (i == 20_000) map.Reserve(100_000);
            var key = new SlotKey(random.Next(8), (GraphKeyKind)random.Next(1, 4), new UInt256((ulong)random.Next(20_000), 0, 0, (ulong)(i % 2)));
            map.FindOrAdd(key) = i + 1;
            expected[key] = i + 1;
        }

        Assert.Equal(expected.Count, map.Count);
        foreach (var (key, value) in expected) Assert.Equal(value, map.Find(key));
        Assert.True(Unsafe.IsNullRef(ref map.Find(new SlotKey(99, GraphKeyKind.Storage, UInt256.One))));
    }
}
