using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

/// <summary>How a call or creation ended.</summary>
readonly record struct MessageResult(EvmError Error, bool Reverted, long GasLeft, byte[] Output, Address? CreatedAddress)
{
    public bool Success => Error == EvmError.None && !Reverted;

    public static MessageResult Failed(EvmError error) => new(error, false, 0, [], null);
}
