using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Evm;

// Account and call environment: BALANCE, CALLDATALOAD, EXTCODE*, BLOCKHASH, BLOBHASH.
sealed partial class Interpreter
{
    /// <summary>EIP-2929: charges the warm or cold price of touching an account (nothing before Berlin: static gas covers it).</summary>
    bool ChargeAccountAccess(CallFrame f, Address address)
    {
        if (!_rules.HasAccessLists) return true;
        return UseGas(f, _world.WarmAccount(address) ? GasCosts.ColdAccountAccess : GasCosts.WarmStorageRead);
    }

    EvmError Balance(CallFrame f)
    {
        ref var top = ref f.Peek();
        var address = Address.FromWord(top);
        if (!ChargeAccountAccess(f, address)) return EvmError.OutOfGas;
        top = _world.GetBalance(address);
        return EvmError.None;
    }

    static void CallDataLoad(CallFrame f)
    {
        ref var top = ref f.Peek();
        var input = f.Input;
        if (!top.FitsInUlong || top.U0 >= (ulong)input.Length) { top = UInt256.Zero; return; }
        int offset = (int)top.U0;
        int n = Math.Min(32, input.Length - offset);
        Span<byte> word = stackalloc byte[32];
        input.AsSpan(offset, n).CopyTo(word);
        word[n..].Clear();
        top = UInt256.FromBigEndian(word);
    }

    EvmError ExtCodeSize(CallFrame f)
    {
        ref var top = ref f.Peek();
        var address = Address.FromWord(top);
        if (!ChargeAccountAccess(f, address)) return EvmError.OutOfGas;
        top = (ulong)_world.GetCode(address).Length;
        return EvmError.None;
    }

    EvmError ExtCodeCopy(CallFrame f)
    {
        var address = Address.FromWord(f.Pop());
        var destination = f.Pop(); var offset = f.Pop(); var length = f.Pop();
        if (!ChargeAccountAccess(f, address)) return EvmError.OutOfGas;
        return CopyToMemory(f, _world.GetCode(address), destination, offset, length);
    }

    EvmError ExtCodeHash(CallFrame f)
    {
        ref var top = ref f.Peek();
        var address = Address.FromWord(top);
        if (!ChargeAccountAccess(f, address)) return EvmError.OutOfGas;
        // EIP-1052: zero for accounts that do not exist or are empty (EIP-161).
        top = _world.IsDead(address) ? UInt256.Zero : _world.GetCodeHash(address).ToWord();
        return EvmError.None;
    }

    void BlockHash(CallFrame f)
    {
        ref var top = ref f.Peek();
        ulong current = _block.Number;
        if (!top.FitsInUlong || top.U0 >= current || current - top.U0 > 256) { top = UInt256.Zero; return; }
        top = _block.BlockHash(top.U0) is { } hash ? hash.ToWord() : UInt256.Zero;
    }

    void BlobHash(CallFrame f)
    {
        ref var top = ref f.Peek();
        var hashes = _tx.BlobHashes;
        top = top.FitsInUlong && top.U0 < (ulong)hashes.Length ? hashes[(int)top.U0].ToWord() : UInt256.Zero;
    }
}
