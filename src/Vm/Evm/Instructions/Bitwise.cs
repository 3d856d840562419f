using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

// Comparison and bitwise logic (0x10–0x1e), including EIP-145 shifts and EIP-7939 CLZ.
sealed partial class Interpreter
{
    static void Lt(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a < b ? UInt256.One : UInt256.Zero; }
    static void Gt(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a > b ? UInt256.One : UInt256.Zero; }
    static void SLt(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = UInt256.SignedCompare(a, b) < 0 ? UInt256.One : UInt256.Zero; }
    static void SGt(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = UInt256.SignedCompare(a, b) > 0 ? UInt256.One : UInt256.Zero; }
    static void Eq(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a == b ? UInt256.One : UInt256.Zero; }
    static void IsZero(CallFrame f) { ref var a = ref f.Peek(); a = a.IsZero ? UInt256.One : UInt256.Zero; }
    static void And(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a & b; }
    static void Or(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a | b; }
    static void Xor(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a ^ b; }
    static void Not(CallFrame f) { ref var a = ref f.Peek(); a = ~a; }
    static void Byte(CallFrame f) { var i = f.Pop(); ref var x = ref f.Peek(); x = UInt256.Byte(i, x); }

    static void Shl(CallFrame f)
    {
        var shift = f.Pop(); ref var x = ref f.Peek();
        x = shift.FitsInUlong && shift.U0 < 256 ? x << (int)shift.U0 : UInt256.Zero;
    }

    static void Shr(CallFrame f)
    {
        var shift = f.Pop(); ref var x = ref f.Peek();
        x = shift.FitsInUlong && shift.U0 < 256 ? x >> (int)shift.U0 : UInt256.Zero;
    }

    static void Sar(CallFrame f) { var shift = f.Pop(); ref var x = ref f.Peek(); x = UInt256.ShiftRightArithmetic(x, shift); }

    static void Clz(CallFrame f) { ref var x = ref f.Peek(); x = (ulong)x.LeadingZeroCount; }
}
