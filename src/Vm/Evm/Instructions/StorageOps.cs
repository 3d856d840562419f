using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Evm;

// SLOAD, SSTORE (yellow paper; EIP-1283 in Constantinople; EIP-2200 from Istanbul; EIP-2929 cold slots; EIP-3529 refunds),
// TLOAD and TSTORE (EIP-1153).
sealed partial class Interpreter
{
    EvmError SLoad(CallFrame f)
    {
        ref var slot = ref f.Peek();
        if (_rules.HasAccessLists && !UseGas(f, _world.WarmSlot(f.Address, slot) ? GasCosts.ColdSload : GasCosts.WarmStorageRead))
            return EvmError.OutOfGas;
        slot = _world.GetStorage(f.Address, slot);
        return EvmError.None;
    }

    EvmError SStore(CallFrame f)
    {
        if (f.IsStatic) return EvmError.StaticStateChange;
        var slot = f.Pop(); var value = f.Pop();
        // EIP-2200: SSTORE must not run on the call stipend alone.
        if (_rules.HasEip2200Sstore && f.Gas <= GasCosts.SstoreSentry) return EvmError.OutOfGas;

        long cost = 0;
        if (_rules.HasAccessLists && _world.WarmSlot(f.Address, slot)) cost += GasCosts.ColdSload;
        var current = _world.GetStorage(f.Address, slot);

        if (_rules.HasEip2200Sstore || _rules.HasEip1283Sstore)
            cost += NetMeteredSstore(f.Address, slot, current, value);
        else
        {
            cost += current.IsZero && !value.IsZero ? GasCosts.SstoreSet : GasCosts.SstoreReset;
            if (!current.IsZero && value.IsZero) _world.AddRefund(_rules.SstoreClearRefund);
        }
        if (!UseGas(f, cost)) return EvmError.OutOfGas;
        if (current != value) _world.SetStorage(f.Address, slot, value);
        return EvmError.None;
    }

    /// <summary>EIP-1283/2200 net gas metering (with EIP-2929's prices from Berlin): price and refunds from original/current/new.</summary>
    long NetMeteredSstore(Address address, in UInt256 slot, in UInt256 current, in UInt256 value)
    {
        long warmRead = _rules.HasAccessLists ? GasCosts.WarmStorageRead : _rules.HasEip1283Sstore ? 200 : _rules.SloadGas;
        long reset = _rules.HasAccessLists ? GasCosts.SstoreReset - GasCosts.ColdSload : GasCosts.SstoreReset;
        long clearRefund = _rules.SstoreClearRefund;
        if (current == value) return warmRead;

        var original = _world.GetOriginalStorage(address, slot);
        if (original == current)
        {
            if (original.IsZero) return GasCosts.SstoreSet;
            if (value.IsZero) _world.AddRefund(clearRefund);
            return reset;
        }
        if (!original.IsZero)
        {
            if (current.IsZero) _world.AddRefund(-clearRefund);
            else if (value.IsZero) _world.AddRefund(clearRefund);
        }
        if (original == value)
            _world.AddRefund(original.IsZero ? GasCosts.SstoreSet - warmRead : reset - warmRead);
        return warmRead;
    }

    void TLoad(CallFrame f)
    {
        ref var slot = ref f.Peek();
        slot = _world.GetTransient(f.Address, slot);
    }

    EvmError TStore(CallFrame f)
    {
        if (f.IsStatic) return EvmError.StaticStateChange;
        var slot = f.Pop(); var value = f.Pop();
        _world.SetTransient(f.Address, slot, value);
        return EvmError.None;
    }
}
