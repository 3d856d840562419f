using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// Where Solidity keeps state variables (Solidity docs, "Layout of State Variables in Storage"): a value type
/// declared n-th takes slot n; the entry for key k of a mapping declared at slot p is at keccak256(pad32(k) ‖ pad32(p)),
/// and a nested mapping applies the rule again with that slot as p.
/// </summary>
public static class SolidityStorage
{
    /// <summary>The slot of <c>mapping[key]</c> for a mapping whose own slot is <paramref name="mappingSlot"/>.</summary>
    public static UInt256 MappingSlot(in UInt256 key, in UInt256 mappingSlot)
    {
        Span<byte> preimage = stackalloc byte[64];
        key.WriteBigEndian(preimage[..32]);
        mappingSlot.WriteBigEndian(preimage[32..]);
        return Keccak256.Hash(preimage).ToWord();
    }

    /// <summary>The slot of <c>mapping[key]</c> for an address key (left-padded to 32 bytes).</summary>
    public static UInt256 MappingSlot(Address key, in UInt256 mappingSlot) => MappingSlot(key.ToWord(), mappingSlot);
}
