using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>The calls, events and storage layout of contracts/Token.sol (a minimal ERC-20, EIP-20).</summary>
public static class TokenAbi
{
    public static readonly uint TransferSelector = AbiEncoder.Selector("transfer(address,uint256)");
    public static readonly uint TransferFromSelector = AbiEncoder.Selector("transferFrom(address,address,uint256)");
    public static readonly uint ApproveSelector = AbiEncoder.Selector("approve(address,uint256)");
    public static readonly uint BalanceOfSelector = AbiEncoder.Selector("balanceOf(address)");

    /// <summary>Topic 0 of <c>Transfer(address indexed from, address indexed to, uint256 value)</c>.</summary>
    public static readonly Hash256 TransferEvent = AbiEncoder.EventTopic("Transfer(address,address,uint256)");

    /// <summary>Topic 0 of <c>Approval(address indexed owner, address indexed spender, uint256 value)</c>.</summary>
    public static readonly Hash256 ApprovalEvent = AbiEncoder.EventTopic("Approval(address,address,uint256)");

    public static readonly UInt256 TotalSupplySlot = UInt256.Zero;
    static readonly UInt256 BalanceOfMapping = 1;
    static readonly UInt256 AllowanceMapping = 2;

    public static UInt256 BalanceSlot(Address owner) => SolidityStorage.MappingSlot(owner, BalanceOfMapping);

    public static UInt256 AllowanceSlot(Address owner, Address spender) =>
        SolidityStorage.MappingSlot(spender, SolidityStorage.MappingSlot(owner, AllowanceMapping));

    public static byte[] Transfer(Address to, UInt256 value) => AbiEncoder.Call(TransferSelector, to.ToWord(), value);

    public static byte[] TransferFrom(Address from, Address to, UInt256 value) =>
        AbiEncoder.Call(TransferFromSelector, from.ToWord(), to.ToWord(), value);

    public static byte[] Approve(Address spender, UInt256 value) => AbiEncoder.Call(ApproveSelector, spender.ToWord(), value);

    public static byte[] BalanceOf(Address owner) => AbiEncoder.Call(BalanceOfSelector, owner.ToWord());
}
