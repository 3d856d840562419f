using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>The calls, events, storage layout and pricing of contracts/Pair.sol (a self-contained x·y = k pair).</summary>
public static class PairAbi
{
    public static readonly uint SwapSelector = AbiEncoder.Selector("swap(uint256,bool)");

    /// <summary>Topic 0 of <c>Swap(address indexed sender, bool zeroForOne, uint256 amountIn, uint256 amountOut)</c>.</summary>
    public static readonly Hash256 SwapEvent = AbiEncoder.EventTopic("Swap(address,bool,uint256,uint256)");

    public static readonly UInt256 Reserve0Slot = UInt256.Zero;
    public static readonly UInt256 Reserve1Slot = UInt256.One;
    static readonly UInt256 Balance0Mapping = 2;
    static readonly UInt256 Balance1Mapping = 3;

    /// <summary>The slot of the internal token0 balance of <paramref name="owner"/>.</summary>
    public static UInt256 Balance0Slot(Address owner) => SolidityStorage.MappingSlot(owner, Balance0Mapping);

    /// <summary>The slot of the internal token1 balance of <paramref name="owner"/>.</summary>
    public static UInt256 Balance1Slot(Address owner) => SolidityStorage.MappingSlot(owner, Balance1Mapping);

    public static byte[] Swap(UInt256 amountIn, bool zeroForOne) => AbiEncoder.Call(SwapSelector, amountIn, AbiEncoder.Bool(zeroForOne));
}
