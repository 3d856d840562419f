namespace ParallelEvm.Vm.Evm;

/// <summary>Why a frame stopped exceptionally (all of them consume the frame's gas).</summary>
public enum EvmError : byte
{
    None,
    OutOfGas,
    StackUnderflow,
    StackOverflow,
    InvalidOpcode,
    InvalidJump,
    StaticStateChange,   // EIP-214
    ReturnDataOutOfBounds, // EIP-211
    CodeSizeExceeded,    // EIP-170
    InitCodeSizeExceeded, // EIP-3860
    InvalidCodePrefix,   // EIP-3541
    CreateCollision,
    PrecompileFailure,
}
