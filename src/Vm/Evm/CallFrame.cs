using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

/// <summary>
/// One message-call or creation frame. Frames are pooled per call depth by the interpreter, so the 1024-item stack
/// and the memory buffer are allocated once per depth level and reused.
/// </summary>
sealed class CallFrame
{
    public const int MaxStack = 1024;

    public readonly UInt256[] Stack = new UInt256[MaxStack];
    public int StackTop;
    public readonly EvmMemory Memory = new();

    public FrameKind Kind;
    public int Depth;
    public byte[] Code = [];
    public JumpTable Jumps = null!;
    public byte[] Input = [];
    /// <summary>The account whose storage and balance this frame acts on.</summary>
    public Address Address;
    public Address Caller;
    public UInt256 Value;
    public bool IsStatic;
    public long Gas;
    public int Pc;
    /// <summary>Output of the last child call (RETURNDATASIZE/RETURNDATACOPY).</summary>
    public byte[] ReturnData = [];
    /// <summary>Journal position to revert to when this frame fails.</summary>
    public int Snapshot;
    /// <summary>Where the parent wants this frame's output (calls).</summary>
    public long OutOffset, OutSize;
    /// <summary>This frame's own output once it has finished (RETURN/REVERT data).</summary>
    public byte[] Output = [];
    /// <summary>Why the frame halted exceptionally, if it did.</summary>
    public EvmError Error;

    public bool IsCreate => Kind is FrameKind.Create or FrameKind.Create2;

    public void Reset()
    {
        StackTop = 0;
        Memory.Reset();
        Pc = 0;
        ReturnData = [];
        Output = [];
        Error = EvmError.None;
    }

    public void Push(in UInt256 value) => Stack[StackTop++] = value;
    public ref UInt256 Pop() => ref Stack[--StackTop];
    public ref UInt256 Peek(int depthFromTop = 0) => ref Stack[StackTop - 1 - depthFromTop];
}
