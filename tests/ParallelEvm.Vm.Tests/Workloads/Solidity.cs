using System.Numerics;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Tests.Workloads;

/// <summary>
/// The test's own reading of calldata, logs and storage, written from the Solidity ABI and storage-layout rules
/// rather than through the generator's helpers, so that a mistake there cannot hide itself.
/// </summary>
static class Solidity
{
    /// <summary>keccak256(pad32(key) ‖ pad32(slot)) built byte by byte.</summary>
    public static UInt256 MappingSlot(Address key, ulong slot)
    {
        var preimage = new byte[64];
        key.ToArray().CopyTo(preimage, 12);
        for (int i = 0; i < 8; i++) preimage[63 - i] = (byte)(slot >> (8 * i));
        return UInt256.FromBigEndian(Keccak256.Hash(preimage).ToArray());
    }

    public static UInt256 NestedMappingSlot(Address outer, Address inner, ulong slot)
    {
        var preimage = new byte[64];
        inner.ToArray().CopyTo(preimage, 12);
        MappingSlot(outer, slot).ToBigEndianBytes().CopyTo(preimage, 32);
        return UInt256.FromBigEndian(Keccak256.Hash(preimage).ToArray());
    }

    public static string Selector(byte[] data) => Convert.ToHexStringLower(data, 0, 4);

    /// <summary>The n-th 32-byte argument word after the selector.</summary>
    public static byte[] Word(byte[] data, int n) => data[(4 + 32 * n)..(36 + 32 * n)];

    public static BigInteger Uint(byte[] word) => new(word, isUnsigned: true, isBigEndian: true);

    public static Address AddressOf(byte[] word)
    {
        Assert.All(word[..12], b => Assert.Equal(0, b)); // an ABI address is left-padded with zeros
        return new Address(word[12..]);
    }

    public static byte[] Pad(Address address)
    {
        var word = new byte[32];
        address.ToArray().CopyTo(word, 12);
        return word;
    }

    public static byte[] Pad(BigInteger value)
    {
        var word = new byte[32];
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        bytes.CopyTo(word, 32 - bytes.Length);
        return word;
    }

    public static BigInteger Big(UInt256 value) => value.ToBigInteger();

    public static BigInteger Storage(IStateReader state, Address contract, UInt256 slot) => state.GetStorage(contract, slot).ToBigInteger();

    public static Hash256 Topic(string hex) => Hash256.Parse(hex);
}
