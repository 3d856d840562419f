namespace ParallelEvm.Vm.Evm;

/// <summary>Why <c>Interpreter.Run</c> returned.</summary>
enum FrameExit : byte
{
    /// <summary>STOP, SELFDESTRUCT or the end of the code: success with no output.</summary>
    Stop,
    Return,
    Revert,
    /// <summary>Exceptional halt; the reason is in <see cref="CallFrame.Error"/>.</summary>
    Error,
    /// <summary>A CALL*/CREATE* opcode left a message for the driver to run.</summary>
    MessageRequested,
}
