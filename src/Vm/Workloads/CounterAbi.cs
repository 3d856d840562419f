using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>The call and storage layout of contracts/Counter.sol.</summary>
public static class CounterAbi
{
    public static readonly uint IncrementSelector = AbiEncoder.Selector("increment()");

    public static readonly UInt256 CountSlot = UInt256.Zero;

    public static byte[] Increment() => AbiEncoder.Call(IncrementSelector);
}
