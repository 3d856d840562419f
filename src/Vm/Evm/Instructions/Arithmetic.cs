using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

// ADD … SIGNEXTEND (yellow paper 0x01–0x0b). Operands are popped top-first: a = top, b = next.
sealed partial class Interpreter
{
    static void Add(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a + b; }
    static void Mul(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a * b; }
    static void Sub(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a - b; }
    static void Div(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a / b; }
    static void SDiv(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = UInt256.SignedDivide(a, b); }
    static void Mod(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = a % b; }
    static void SMod(CallFrame f) { var a = f.Pop(); ref var b = ref f.Peek(); b = UInt256.SignedModulo(a, b); }

    static void AddMod(CallFrame f)
    {
        var a = f.Pop(); var b = f.Pop(); ref var m = ref f.Peek();
        m = UInt256.AddMod(a, b, m);
    }

    static void MulMod(CallFrame f)
    {
        var a = f.Pop(); var b = f.Pop(); ref var m = ref f.Peek();
        m = UInt256.MulMod(a, b, m);
    }

    EvmError Exp(CallFrame f)
    {
        var b = f.Pop(); ref var e = ref f.Peek();
        // EIP-160: the price grows with the exponent's byte length.
        if (!UseGas(f, _rules.ExpByteGas * ((e.BitLength + 7) / 8))) return EvmError.OutOfGas;
        e = UInt256.Exp(b, e);
        return EvmError.None;
    }

    static void SignExtend(CallFrame f) { var b = f.Pop(); ref var x = ref f.Peek(); x = UInt256.SignExtend(b, x); }
}
