using System.Buffers.Binary;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Graph;

/// <summary>The three EIP-20 functions whose calldata names every holder they touch.</summary>
enum Erc20Function : byte
{
    None,
    /// <summary><c>transfer(address to, uint256)</c>, selector 0xa9059cbb.</summary>
    Transfer,
    /// <summary><c>transferFrom(address from, address to, uint256)</c>, selector 0x23b872dd.</summary>
    TransferFrom,
    /// <summary><c>approve(address spender, uint256)</c>, selector 0x095ea7b3.</summary>
    Approve,
}

/// <summary>A token balance or allowance an EIP-20 call uses, by holder (the token is the call's target).</summary>
readonly record struct HolderKey(GraphKeyKind Kind, Address Holder, AccessKind Access);

/// <summary>
/// A decoded EIP-20 call: <see cref="First"/> is <c>to</c> (transfer), <c>from</c> (transferFrom) or <c>spender</c>
/// (approve); <see cref="Second"/> is <c>to</c> for transferFrom.
/// </summary>
readonly record struct Erc20Call(Erc20Function Function, Address First, Address Second)
{
    const uint TransferSelector = 0xa9059cbb;
    const uint TransferFromSelector = 0x23b872dd;
    const uint ApproveSelector = 0x095ea7b3;
    const int Word = 32;

    /// <summary>
    /// Decodes standard ABI calldata (selector, then 32-byte words). An address word with non-zero high bytes is not a
    /// valid ABI address (Solidity's decoder reverts on it), so such calldata is left undecoded.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> data, out Erc20Call call)
    {
        call = default;
        if (data.Length < 4) return false;
        var args = data[4..];
        switch (BinaryPrimitives.ReadUInt32BigEndian(data))
        {
            case TransferSelector when args.Length >= 2 * Word && TryAddress(args, 0, out var to):
                call = new Erc20Call(Erc20Function.Transfer, to, default);
                return true;
            case TransferFromSelector when args.Length >= 3 * Word && TryAddress(args, 0, out var from) && TryAddress(args, 1, out var to):
                call = new Erc20Call(Erc20Function.TransferFrom, from, to);
                return true;
            case ApproveSelector when args.Length >= 2 * Word && TryAddress(args, 0, out var spender):
                call = new Erc20Call(Erc20Function.Approve, spender, default);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Most holder keys one call names (transferFrom's allowance and two balances).</summary>
    public const int MaxHolderKeys = 3;

    /// <summary>
    /// The EIP-20 balances and allowances the call moves, named by holder (the token's slot layout is not known), into
    /// <paramref name="into"/> (room for <see cref="MaxHolderKeys"/>); returns how many.
    /// </summary>
    public int HolderKeys(Address sender, Span<HolderKey> into)
    {
        switch (Function)
        {
            case Erc20Function.Transfer:
                into[0] = new HolderKey(GraphKeyKind.TokenBalance, sender, AccessKind.ReadWrite);
                into[1] = new HolderKey(GraphKeyKind.TokenBalance, First, AccessKind.ReadWrite);
                return 2;
            case Erc20Function.TransferFrom:
                into[0] = new HolderKey(GraphKeyKind.TokenAllowance, First, AccessKind.ReadWrite);
                into[1] = new HolderKey(GraphKeyKind.TokenBalance, First, AccessKind.ReadWrite);
                into[2] = new HolderKey(GraphKeyKind.TokenBalance, Second, AccessKind.ReadWrite);
                return 3;
            case Erc20Function.Approve:
                // approve sets the allowance without reading it: a later transferFrom depends on it, it depends on nobody.
                into[0] = new HolderKey(GraphKeyKind.TokenAllowance, sender, AccessKind.Write);
                return 1;
            default:
                return 0;
        }
    }

    static bool TryAddress(ReadOnlySpan<byte> args, int index, out Address address)
    {
        var word = args.Slice(index * Word, Word);
        address = default;
        if (word[..12].IndexOfAnyExcept((byte)0) >= 0) return false;
        address = new Address(word[12..]);
        return true;
    }
}
