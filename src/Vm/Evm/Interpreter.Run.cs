using System.Runtime.CompilerServices;
using ParallelEvm.State;
using static ParallelEvm.Vm.Evm.Opcode;

namespace ParallelEvm.Vm.Evm;

sealed partial class Interpreter
{
    /// <summary>
    /// Runs a frame's code until it stops, fails or asks for a nested message. One table lookup per opcode checks
    /// validity for this fork, stack bounds and static gas; the handlers charge only their dynamic gas.
    /// </summary>
    FrameExit Run(CallFrame f)
    {
        var code = f.Code;
        var table = _rules.Opcodes;
        while (true)
        {
            if ((uint)f.Pc >= (uint)code.Length) return FrameExit.Stop;
            byte op = code[f.Pc];
            ref readonly var info = ref table[op];
            if (!info.Valid) return Halt(f, EvmError.InvalidOpcode);
            if (f.StackTop < info.Inputs) return Halt(f, EvmError.StackUnderflow);
            if (f.StackTop - info.Inputs + info.Outputs > CallFrame.MaxStack) return Halt(f, EvmError.StackOverflow);
            if ((f.Gas -= info.Gas) < 0) return Halt(f, EvmError.OutOfGas);
            f.Pc++;

            EvmError error = EvmError.None;
            switch ((Opcode)op)
            {
                case STOP: return FrameExit.Stop;
                case ADD: Add(f); break;
                case MUL: Mul(f); break;
                case SUB: Sub(f); break;
                case DIV: Div(f); break;
                case SDIV: SDiv(f); break;
                case MOD: Mod(f); break;
                case SMOD: SMod(f); break;
                case ADDMOD: AddMod(f); break;
                case MULMOD: MulMod(f); break;
                case EXP: error = Exp(f); break;
                case SIGNEXTEND: SignExtend(f); break;
                case LT: Lt(f); break;
                case GT: Gt(f); break;
                case SLT: SLt(f); break;
                case SGT: SGt(f); break;
                case EQ: Eq(f); break;
                case ISZERO: IsZero(f); break;
                case AND: And(f); break;
                case OR: Or(f); break;
                case XOR: Xor(f); break;
                case NOT: Not(f); break;
                case BYTE: Byte(f); break;
                case SHL: Shl(f); break;
                case SHR: Shr(f); break;
                case SAR: Sar(f); break;
                case CLZ: Clz(f); break;
                case KECCAK256: error = Keccak(f); break;
                case ADDRESS: f.Push(f.Address.ToWord()); break;
                case BALANCE: error = Balance(f); break;
                case ORIGIN: f.Push(_tx.Origin.ToWord()); break;
                case CALLER: f.Push(f.Caller.ToWord()); break;
                case CALLVALUE: f.Push(f.Value); break;
                case CALLDATALOAD: CallDataLoad(f); break;
                case CALLDATASIZE: f.Push((ulong)f.Input.Length); break;
                case CALLDATACOPY: error = CopyToMemory(f, f.Input); break;
                case CODESIZE: f.Push((ulong)code.Length); break;
                case CODECOPY: error = CopyToMemory(f, code); break;
                case GASPRICE: f.Push(_tx.GasPrice); break;
                case EXTCODESIZE: error = ExtCodeSize(f); break;
                case EXTCODECOPY: error = ExtCodeCopy(f); break;
                case RETURNDATASIZE: f.Push((ulong)f.ReturnData.Length); break;
                case RETURNDATACOPY: error = ReturnDataCopy(f); break;
                case EXTCODEHASH: error = ExtCodeHash(f); break;
                case BLOCKHASH: BlockHash(f); break;
                case COINBASE: f.Push(_block.Coinbase.ToWord()); break;
                case TIMESTAMP: f.Push(_block.Timestamp); break;
                case NUMBER: f.Push(_block.Number); break;
                case PREVRANDAO: f.Push(_rules.IsMerged ? _block.PrevRandao.ToWord() : _block.Difficulty); break;
                case GASLIMIT: f.Push((ulong)_block.GasLimit); break;
                case CHAINID: f.Push(_block.ChainId); break;
                case SELFBALANCE: f.Push(_world.GetBalance(f.Address)); break;
                case BASEFEE: f.Push(_block.BaseFee); break;
                case BLOBHASH: BlobHash(f); break;
                case BLOBBASEFEE: f.Push(_tx.BlobBaseFee); break;
                case POP: f.StackTop--; break;
                case MLOAD: error = MLoad(f); break;
                case MSTORE: error = MStore(f); break;
                case MSTORE8: error = MStore8(f); break;
                case SLOAD: error = SLoad(f); break;
                case SSTORE: error = SStore(f); break;
                case JUMP: error = Jump(f); break;
                case JUMPI: error = JumpI(f); break;
                case PC: f.Push((ulong)(f.Pc - 1)); break;
                case MSIZE: f.Push((ulong)f.Memory.Size); break;
                case GAS: f.Push((ulong)f.Gas); break;
                case JUMPDEST: break;
                case TLOAD: TLoad(f); break;
                case TSTORE: error = TStore(f); break;
                case MCOPY: error = MCopy(f); break;
                case PUSH0: f.Push(UInt256.Zero); break;
                case >= PUSH1 and <= PUSH32: Push(f, op - (byte)PUSH1 + 1); break;
                case >= DUP1 and <= DUP16: Dup(f, op - (byte)DUP1 + 1); break;
                case >= SWAP1 and <= SWAP16: Swap(f, op - (byte)SWAP1 + 1); break;
                case >= LOG0 and <= LOG4: error = Log(f, op - (byte)LOG0); break;
                case CREATE: error = Create(f, FrameKind.Create); break;
                case CREATE2: error = Create(f, FrameKind.Create2); break;
                case CALL: error = Call(f, FrameKind.Call); break;
                case CALLCODE: error = Call(f, FrameKind.CallCode); break;
                case DELEGATECALL: error = Call(f, FrameKind.DelegateCall); break;
                case STATICCALL: error = Call(f, FrameKind.StaticCall); break;
                case RETURN: return ReturnOrRevert(f, FrameExit.Return);
                case REVERT: return ReturnOrRevert(f, FrameExit.Revert);
                case SELFDESTRUCT:
                    error = SelfDestruct(f);
                    if (error == EvmError.None) return FrameExit.Stop;
                    break;
                default: return Halt(f, EvmError.InvalidOpcode);
            }
            if (error != EvmError.None)
            {
                if (error == MessageRequestedMarker) return FrameExit.MessageRequested;
                return Halt(f, error);
            }
        }
    }

    // A handler that prepared a nested message returns this marker instead of an error.
    const EvmError MessageRequestedMarker = (EvmError)255;

    static FrameExit Halt(CallFrame f, EvmError error)
    {
        f.Error = error;
        f.Gas = 0;
        return FrameExit.Error;
    }

    /// <summary>Charges gas; false when there is not enough.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool UseGas(CallFrame f, long gas)
    {
        if (gas > f.Gas) return false;
        f.Gas -= gas;
        return true;
    }

    /// <summary>Charges memory expansion for a range and grows memory.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ExpandMemory(CallFrame f, in UInt256 offset, in UInt256 length)
    {
        long cost = f.Memory.ExpansionCost(offset, length, out long newSize);
        if (cost == 0) return true;
        if (!UseGas(f, cost)) return false;
        f.Memory.Grow(newSize);
        return true;
    }

    static long Words(in UInt256 length) => length.FitsInUlong && length.U0 < long.MaxValue - 31 ? (long)((length.U0 + 31) / 32) : long.MaxValue / 64;
}
