namespace ParallelEvm.Vm.Evm;

/// <summary>Valid JUMPDEST positions of a piece of code (bytes inside PUSH data do not count), as a bitmap.</summary>
sealed class JumpTable
{
    readonly ulong[] _bits;

    JumpTable(ulong[] bits) => _bits = bits;

    public static JumpTable Analyze(ReadOnlySpan<byte> code)
    {
        var bits = new ulong[(code.Length + 63) / 64 + 1];
        for (int pc = 0; pc < code.Length; pc++)
        {
            byte op = code[pc];
            if (op == (byte)Opcode.JUMPDEST) bits[pc >> 6] |= 1UL << (pc & 63);
            else if (op >= (byte)Opcode.PUSH1 && op <= (byte)Opcode.PUSH32) pc += op - (byte)Opcode.PUSH1 + 1;
        }
        return new JumpTable(bits);
    }

    public bool IsValid(in ParallelEvm.State.UInt256 destination)
    {
        if (!destination.FitsInUlong || destination.U0 >= (ulong)_bits.Length * 64) return false;
        int pc = (int)destination.U0;
        return (_bits[pc >> 6] & (1UL << (pc & 63))) != 0;
    }
}
