using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Evm;

// MLOAD, MSTORE, MSTORE8, MCOPY (EIP-5656), KECCAK256, and the *COPY family's shared copy.
sealed partial class Interpreter
{
    static readonly UInt256 WordSize = 32;

    static EvmError MLoad(CallFrame f)
    {
        ref var offset = ref f.Peek();
        if (!ExpandMemory(f, offset, WordSize)) return EvmError.OutOfGas;
        offset = UInt256.FromBigEndian(f.Memory.Span((long)offset.U0, 32));
        return EvmError.None;
    }

    static EvmError MStore(CallFrame f)
    {
        var offset = f.Pop(); var value = f.Pop();
        if (!ExpandMemory(f, offset, WordSize)) return EvmError.OutOfGas;
        value.WriteBigEndian(f.Memory.Span((long)offset.U0, 32));
        return EvmError.None;
    }

    static EvmError MStore8(CallFrame f)
    {
        var offset = f.Pop(); var value = f.Pop();
        if (!ExpandMemory(f, offset, UInt256.One)) return EvmError.OutOfGas;
        f.Memory.Span((long)offset.U0, 1)[0] = (byte)value.U0;
        return EvmError.None;
    }

    static EvmError MCopy(CallFrame f)
    {
        var destination = f.Pop(); var source = f.Pop(); var length = f.Pop();
        if (!UseGas(f, GasCosts.Copy * Words(length))) return EvmError.OutOfGas;
        if (length.IsZero) return EvmError.None;
        // Memory grows to cover the larger of the two ranges.
        var end = destination > source ? destination : source;
        if (!ExpandMemory(f, end, length)) return EvmError.OutOfGas;
        f.Memory.Span((long)source.U0, (long)length.U0).CopyTo(f.Memory.Span((long)destination.U0, (long)length.U0));
        return EvmError.None;
    }

    static EvmError Keccak(CallFrame f)
    {
        var offset = f.Pop(); ref var length = ref f.Peek();
        if (!UseGas(f, GasCosts.Keccak256Word * Words(length))) return EvmError.OutOfGas;
        if (!ExpandMemory(f, offset, length)) return EvmError.OutOfGas;
        var hash = length.IsZero ? Keccak256.OfEmpty : Keccak256.Hash(f.Memory.Span((long)offset.U0, (long)length.U0));
        length = hash.ToWord();
        return EvmError.None;
    }

    /// <summary>CALLDATACOPY / CODECOPY: memory[dest..] = source[offset..], zero-padded past the source's end.</summary>
    static EvmError CopyToMemory(CallFrame f, byte[] source)
    {
        var destination = f.Pop(); var offset = f.Pop(); var length = f.Pop();
        return CopyToMemory(f, source, destination, offset, length);
    }

    static EvmError CopyToMemory(CallFrame f, ReadOnlySpan<byte> source, in UInt256 destination, in UInt256 offset, in UInt256 length)
    {
        if (!UseGas(f, GasCosts.Copy * Words(length))) return EvmError.OutOfGas;
        if (!ExpandMemory(f, destination, length)) return EvmError.OutOfGas;
        if (length.IsZero) return EvmError.None;
        var from = offset.FitsInUlong && offset.U0 < (ulong)source.Length ? source[(int)offset.U0..] : ReadOnlySpan<byte>.Empty;
        f.Memory.WritePadded((long)destination.U0, (long)length.U0, from);
        return EvmError.None;
    }

    static EvmError ReturnDataCopy(CallFrame f)
    {
        var destination = f.Pop(); var offset = f.Pop(); var length = f.Pop();
        // EIP-211: reading past the end of the return data is an exceptional halt, not zero padding.
        if (UInt256.AddOverflow(offset, length, out var end) || end > (ulong)f.ReturnData.Length)
            return EvmError.ReturnDataOutOfBounds;
        return CopyToMemory(f, f.ReturnData, destination, offset, length);
    }

    static EvmError ReturnOrRevertMemory(CallFrame f)
    {
        var offset = f.Pop(); var length = f.Pop();
        if (!ExpandMemory(f, offset, length)) return EvmError.OutOfGas;
        f.Output = f.Memory.ToArray(offset, length);
        return EvmError.None;
    }

    static FrameExit ReturnOrRevert(CallFrame f, FrameExit exit)
    {
        var error = ReturnOrRevertMemory(f);
        return error == EvmError.None ? exit : Halt(f, error);
    }
}
