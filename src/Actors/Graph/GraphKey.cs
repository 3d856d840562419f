using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>What a <see cref="GraphKey"/> stands for.</summary>
enum GraphKeyKind : byte
{
    /// <summary>An account's nonce, balance and code (as MVMemory's account location).</summary>
    Account,
    /// <summary>One real storage slot (from an access list or a speculative run).</summary>
    Storage,
    /// <summary>An ERC-20 holder's balance, named by holder rather than slot: the token's storage layout is unknown.</summary>
    TokenBalance,
    /// <summary>An ERC-20 owner's allowances (all spenders folded together: coarser, but never misses an approve).</summary>
    TokenAllowance,
    /// <summary>"Anything in this contract": what a call with undecoded calldata may read and write.</summary>
    Contract,
}

/// <summary>
/// A location the graph tracks. <see cref="Scope"/> is the account it belongs to; <see cref="Detail"/> is the
/// slot, or the holder/owner as a word for token keys, or zero. A value type: hashing one allocates nothing.
/// </summary>
readonly struct GraphKey : IEquatable<GraphKey>
{
    public GraphKey(GraphKeyKind kind, Address scope, UInt256 detail)
    {
        Kind = kind;
        Scope = scope;
        Detail = detail;
    }

    public GraphKeyKind Kind { get; }
    public Address Scope { get; }
    public UInt256 Detail { get; }

    public static GraphKey Account(Address address) => new(GraphKeyKind.Account, address, default);
    public static GraphKey Storage(Address address, in UInt256 slot) => new(GraphKeyKind.Storage, address, slot);
    public static GraphKey TokenBalance(Address token, Address holder) => new(GraphKeyKind.TokenBalance, token, holder.ToWord());
    public static GraphKey TokenAllowance(Address token, Address owner) => new(GraphKeyKind.TokenAllowance, token, owner.ToWord());
    public static GraphKey Contract(Address address) => new(GraphKeyKind.Contract, address, default);

    /// <summary>Keys that live in a contract's storage space, which a <see cref="GraphKeyKind.Contract"/> key covers.</summary>
    public bool IsInContractStorage => Kind is GraphKeyKind.Storage or GraphKeyKind.TokenBalance or GraphKeyKind.TokenAllowance;

    public bool Equals(GraphKey other) => Kind == other.Kind && Scope == other.Scope && Detail == other.Detail;
    public override bool Equals(object? obj) => obj is GraphKey other && Equals(other);

    // Slots are keccak outputs and holders are addresses: their low limb alone already spreads well.
    public override int GetHashCode() =>
        Scope.GetHashCode() ^ (int)(Detail.U0 ^ (Detail.U0 >> 32) ^ Detail.U1 ^ Detail.U2 ^ Detail.U3) * 31 ^ (int)Kind;

    public static bool operator ==(GraphKey a, GraphKey b) => a.Equals(b);
    public static bool operator !=(GraphKey a, GraphKey b) => !a.Equals(b);

    public override string ToString() => Kind switch
    {
        GraphKeyKind.Account or GraphKeyKind.Contract => $"{Kind}({Scope})",
        _ => $"{Kind}({Scope}, {Detail.ToHexString()})",
    };
}
