using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

/// <summary>A request to run a call or a creation (from a transaction or from CALL*/CREATE* opcodes).</summary>
struct Message
{
    public FrameKind Kind;
    public Address Caller;
    /// <summary>The account whose storage and balance the new frame uses (the created address for creations).</summary>
    public Address Target;
    /// <summary>Whose code runs (differs from Target for CALLCODE/DELEGATECALL).</summary>
    public Address CodeAddress;
    public UInt256 Value;
    /// <summary>DELEGATECALL passes the caller's value on without transferring it.</summary>
    public bool TransfersValue;
    public byte[] Input;
    public long Gas;
    public bool IsStatic;
    public int Depth;
    public long OutOffset, OutSize;
    /// <summary>
    /// EIP-7702: the code comes from a delegation designator's target. Its code runs even when the target is a
    /// precompile address (so a delegation to a precompile runs the empty code there, not the precompile).
    /// </summary>
    public bool DisablePrecompiles;
    /// <summary>Creation from a transaction: the nonce was already raised by the transaction processor.</summary>
    public bool NonceAlreadyIncremented;
}
