using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

// PUSH1–PUSH32, DUP1–DUP16, SWAP1–SWAP16 (POP and PUSH0 are inline in the loop).
sealed partial class Interpreter
{
    static void Push(CallFrame f, int size)
    {
        var code = f.Code;
        int start = f.Pc;
        // Bytes past the end of the code read as zero (a truncated PUSH at the end is still valid).
        int available = Math.Max(0, Math.Min(size, code.Length - start));
        Span<byte> word = stackalloc byte[32];
        word.Clear();
        code.AsSpan(start, available).CopyTo(word[(32 - size)..]);
        f.Push(UInt256.FromBigEndian(word));
        f.Pc += size;
    }

    static void Dup(CallFrame f, int n) => f.Push(f.Peek(n - 1));

    static void Swap(CallFrame f, int n)
    {
        ref var top = ref f.Peek();
        ref var other = ref f.Peek(n);
        (top, other) = (other, top);
    }
}
