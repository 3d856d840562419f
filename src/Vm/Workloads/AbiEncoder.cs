using System.Buffers.Binary;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// Calldata for static argument types (Solidity ABI spec): a 4-byte selector followed by one 32-byte word
/// per argument — addresses and bools left-padded, integers big-endian.
/// </summary>
static class AbiEncoder
{
    /// <summary>The first four bytes of keccak256 of a canonical signature such as "transfer(address,uint256)".</summary>
    public static uint Selector(string signature)
    {
        var hash = Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes(signature)).ToArray();
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    /// <summary>An event's topic 0: keccak256 of its canonical signature.</summary>
    public static Hash256 EventTopic(string signature) => Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes(signature));

    public static byte[] Call(uint selector, params ReadOnlySpan<UInt256> words)
    {
        var data = new byte[4 + 32 * words.Length];
        BinaryPrimitives.WriteUInt32BigEndian(data, selector);
        for (int i = 0; i < words.Length; i++) words[i].WriteBigEndian(data.AsSpan(4 + 32 * i, 32));
        return data;
    }

    public static UInt256 Bool(bool value) => value ? UInt256.One : UInt256.Zero;
}
