using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Evm;

// CALL, CALLCODE, DELEGATECALL, STATICCALL, CREATE, CREATE2, SELFDESTRUCT. Calls and creations only prepare a
// Message here; the driver in Interpreter.Execute runs it.
sealed partial class Interpreter
{
    EvmError Call(CallFrame f, FrameKind kind)
    {
        var gasArgument = f.Pop();
        var to = Address.FromWord(f.Pop());
        var value = kind is FrameKind.Call or FrameKind.CallCode ? f.Pop() : UInt256.Zero;
        var inOffset = f.Pop(); var inLength = f.Pop(); var outOffset = f.Pop(); var outLength = f.Pop();
        bool transfers = kind is FrameKind.Call or FrameKind.CallCode && !value.IsZero;
        // EIP-214: a value-bearing CALL is a state change.
        if (kind == FrameKind.Call && f.IsStatic && transfers) return EvmError.StaticStateChange;

        if (!ExpandMemory(f, inOffset, inLength) || !ExpandMemory(f, outOffset, outLength)) return EvmError.OutOfGas;
        if (!ChargeAccountAccess(f, to)) return EvmError.OutOfGas;
        var codeAddress = to;
        bool delegated = _rules.HasSetCode && TryFollowDelegation(to, out codeAddress);
        if (delegated && !ChargeAccountAccess(f, codeAddress)) return EvmError.OutOfGas;
        long extra = transfers ? GasCosts.CallValueTransfer : 0;
        if (kind == FrameKind.Call)
        {
            // EIP-161 charges the new-account price only for value sent to a dead account; before it, for any missing account.
            bool newAccount = _rules.ClearsEmptyAccounts ? transfers && _world.IsDead(to) : !_world.Exists(to);
            if (newAccount) extra += GasCosts.NewAccount;
        }
        if (!UseGas(f, extra)) return EvmError.OutOfGas;

        long callGas;
        if (_rules.HasEip150GasRules)
        {
            long cap = f.Gas - f.Gas / 64; // EIP-150: all but one 64th
            callGas = gasArgument.FitsInUlong && gasArgument.U0 < (ulong)cap ? (long)gasArgument.U0 : cap;
        }
        else
        {
            if (!gasArgument.FitsInUlong || gasArgument.U0 > (ulong)f.Gas) return EvmError.OutOfGas;
            callGas = (long)gasArgument.U0;
        }
        f.Gas -= callGas;
        if (transfers) callGas += GasCosts.CallStipend;

        f.ReturnData = [];
        _pending = new Message
        {
            Kind = kind,
            Caller = kind == FrameKind.DelegateCall ? f.Caller : f.Address,
            Target = kind is FrameKind.Call or FrameKind.StaticCall ? to : f.Address,
            CodeAddress = codeAddress,
            DisablePrecompiles = delegated,
            Value = kind == FrameKind.DelegateCall ? f.Value : value,
            TransfersValue = transfers,
            Input = f.Memory.ToArray(inOffset, inLength),
            Gas = callGas,
            IsStatic = f.IsStatic || kind == FrameKind.StaticCall,
            Depth = f.Depth + 1,
            OutOffset = outLength.IsZero ? 0 : (long)outOffset.U0,
            OutSize = (long)outLength.U0,
        };
        return MessageRequestedMarker;
    }

    /// <summary>
    /// EIP-7702: when <paramref name="address"/>'s code is a delegation designator, the call runs the target's code
    /// (one level only: a designator found at the target is just code, and 0xef is an invalid opcode).
    /// </summary>
    bool TryFollowDelegation(Address address, out Address target)
    {
        if (Delegation.TryGetTarget(_world.GetCode(address), out target)) return true;
        target = address;
        return false;
    }

    EvmError Create(CallFrame f, FrameKind kind)
    {
        if (f.IsStatic) return EvmError.StaticStateChange;
        var value = f.Pop(); var offset = f.Pop(); var length = f.Pop();
        var salt = kind == FrameKind.Create2 ? f.Pop() : UInt256.Zero;

        if (length > (ulong)_rules.MaxInitCodeSize) return EvmError.InitCodeSizeExceeded; // EIP-3860
        if (!ExpandMemory(f, offset, length)) return EvmError.OutOfGas;
        long words = Words(length);
        long extra = (_rules.MaxInitCodeSize < int.MaxValue ? GasCosts.InitCodeWord * words : 0)
                   + (kind == FrameKind.Create2 ? GasCosts.Keccak256Word * words : 0);
        if (!UseGas(f, extra)) return EvmError.OutOfGas;

        var initCode = f.Memory.ToArray(offset, length);
        var address = kind == FrameKind.Create2
            ? ContractAddress.From(f.Address, salt, initCode)
            : ContractAddress.From(f.Address, _world.GetNonce(f.Address));
        long callGas = _rules.HasEip150GasRules ? f.Gas - f.Gas / 64 : f.Gas;
        f.Gas -= callGas;
        f.ReturnData = [];
        _pending = new Message
        {
            Kind = kind,
            Caller = f.Address,
            Target = address,
            CodeAddress = address,
            Value = value,
            TransfersValue = true,
            Input = initCode,
            Gas = callGas,
            Depth = f.Depth + 1,
        };
        return MessageRequestedMarker;
    }

    EvmError SelfDestruct(CallFrame f)
    {
        if (f.IsStatic) return EvmError.StaticStateChange;
        var beneficiary = Address.FromWord(f.Pop());
        long cost = 0;
        if (_rules.HasAccessLists && _world.WarmAccount(beneficiary)) cost += GasCosts.ColdAccountAccess;
        if (_rules.HasEip150GasRules)
        {
            bool newAccount = _rules.ClearsEmptyAccounts
                ? !_world.GetBalance(f.Address).IsZero && _world.IsDead(beneficiary)
                : !_world.Exists(beneficiary);
            if (newAccount) cost += GasCosts.SelfDestructNewAccount;
        }
        if (!UseGas(f, cost)) return EvmError.OutOfGas;

        if (_rules.SelfDestructRefund > 0 && !_world.IsSelfDestructed(f.Address)) _world.AddRefund(_rules.SelfDestructRefund);
        var balance = _world.GetBalance(f.Address);
        // EIP-6780: only a contract created in this transaction is deleted; otherwise SELFDESTRUCT just sends the balance.
        if (_rules.SelfDestructOnlyInCreatingTx && !_world.IsCreatedInTx(f.Address))
        {
            _world.SubtractBalance(f.Address, balance);
            _world.AddBalance(beneficiary, balance);
            return EvmError.None;
        }
        _world.AddBalance(beneficiary, balance);
        _world.SetBalance(f.Address, UInt256.Zero);
        _world.MarkSelfDestructed(f.Address);
        return EvmError.None;
    }
}
