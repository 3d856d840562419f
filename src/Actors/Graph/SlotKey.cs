using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// A storage-like <see cref="GraphKey"/> (a slot, a token balance or allowance) as the <see cref="DependencyTracker"/>
/// stores it: the contract's address is replaced by the build's number for that contract, which shrinks the key from
/// 64 to 40 bytes and its map entry from 80 to 48.
/// </summary>
readonly struct SlotKey(int scope, GraphKeyKind kind, in UInt256 detail) : IEquatable<SlotKey>
{
    readonly UInt256 _detail = detail;
    readonly int _scope = scope;
    readonly GraphKeyKind _kind = kind;

    public bool Equals(SlotKey other) => _detail == other._detail && _scope == other._scope && _kind == other._kind;
    public override bool Equals(object? obj) => obj is SlotKey other && Equals(other);

    // Slots are keccak outputs and holders are addresses: folding the limbs keeps all their entropy; FlatMap mixes the rest.
    public override int GetHashCode()
    {
        ulong folded = _detail.U0 ^ _detail.U1 ^ _detail.U2 ^ _detail.U3;
        return (int)(folded ^ (folded >> 32)) ^ (_scope * 31 + (int)_kind);
    }
}
