namespace ParallelEvm.Vm.Evm;

// JUMP and JUMPI (STOP, RETURN, REVERT, PC and GAS are inline in the loop or in MemoryOps).
sealed partial class Interpreter
{
    static EvmError Jump(CallFrame f)
    {
        var destination = f.Pop();
        if (!f.Jumps.IsValid(destination)) return EvmError.InvalidJump;
        f.Pc = (int)destination.U0;
        return EvmError.None;
    }

    static EvmError JumpI(CallFrame f)
    {
        var destination = f.Pop(); var condition = f.Pop();
        if (condition.IsZero) return EvmError.None;
        if (!f.Jumps.IsValid(destination)) return EvmError.InvalidJump;
        f.Pc = (int)destination.U0;
        return EvmError.None;
    }
}
