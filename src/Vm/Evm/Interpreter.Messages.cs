using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm.Evm;

sealed partial class Interpreter
{
    /// <summary>
    /// Starts a message: depth and balance checks, value transfer, account creation. Returns the frame to run,
    /// or null with <paramref name="immediate"/> set when no code needs to run (precompile, empty code, failure).
    /// </summary>
    CallFrame? Begin(in Message m, out MessageResult immediate)
    {
        immediate = default;
        // Depth and balance failures return the gas to the caller and change nothing.
        if (m.Depth > MaxCallDepth || (m.TransfersValue && _world.GetBalance(m.Caller) < m.Value))
        {
            immediate = new MessageResult(EvmError.None, Reverted: true, m.Gas, [], null);
            return null;
        }
        return m.Kind is FrameKind.Create or FrameKind.Create2 ? BeginCreate(m, out immediate) : BeginCall(m, out immediate);
    }

    CallFrame? BeginCall(in Message m, out MessageResult immediate)
    {
        immediate = default;
        bool precompile = !m.DisablePrecompiles && IsPrecompile(m.CodeAddress);
        int snapshot = _world.Snapshot();
        switch (m.Kind)
        {
            case FrameKind.Call:
                if (!_world.Exists(m.Target))
                {
                    // EIP-161: a value-less call to a missing account creates nothing and runs nothing.
                    if (!precompile && _rules.ClearsEmptyAccounts && m.Value.IsZero)
                    {
                        immediate = new MessageResult(EvmError.None, false, m.Gas, [], null);
                        return null;
                    }
                    _world.CreateIfMissing(m.Target);
                }
                Transfer(m.Caller, m.Target, m.Value);
                break;
            case FrameKind.CallCode:
                Transfer(m.Caller, m.Caller, m.Value);
                break;
            case FrameKind.StaticCall:
                _world.Touch(m.Target); // a zero-value touch, as every other call kind makes one
                break;
        }

        if (precompile)
        {
            immediate = RunPrecompile(m, snapshot);
            return null;
        }
        var code = _world.GetCode(m.CodeAddress);
        if (code.Length == 0)
        {
            immediate = new MessageResult(EvmError.None, false, m.Gas, [], null);
            return null;
        }
        var frame = FrameAt(m.Depth);
        frame.Kind = m.Kind;
        frame.Depth = m.Depth;
        frame.Code = code;
        frame.Jumps = JumpsFor(code, _world.GetCodeHash(m.CodeAddress));
        frame.Input = m.Input;
        frame.Address = m.Target;
        frame.Caller = m.Caller;
        frame.Value = m.Value;
        frame.IsStatic = m.IsStatic;
        frame.Gas = m.Gas;
        frame.Snapshot = snapshot;
        frame.OutOffset = m.OutOffset;
        frame.OutSize = m.OutSize;
        return frame;
    }

    MessageResult RunPrecompile(in Message m, int snapshot)
    {
        var precompile = _precompiles[m.CodeAddress.SmallNumber]!;
        long cost = precompile.RequiredGas(m.Input, _rules.Spec);
        if (cost > m.Gas || !precompile.TryRun(m.Input, _rules.Spec, out var output))
        {
            _world.Revert(snapshot);
            return MessageResult.Failed(EvmError.PrecompileFailure);
        }
        return new MessageResult(EvmError.None, false, m.Gas - cost, output, null);
    }

    CallFrame? BeginCreate(in Message m, out MessageResult immediate)
    {
        immediate = default;
        if (!m.NonceAlreadyIncremented)
        {
            ulong nonce = _world.GetNonce(m.Caller);
            if (nonce == ulong.MaxValue) // EIP-2681
            {
                immediate = new MessageResult(EvmError.None, Reverted: true, m.Gas, [], null);
                return null;
            }
            _world.SetNonce(m.Caller, nonce + 1);
        }
        if (_rules.HasAccessLists) _world.WarmAccount(m.Target);
        if (_world.HasCollision(m.Target))
        {
            immediate = MessageResult.Failed(EvmError.CreateCollision);
            return null;
        }
        int snapshot = _world.Snapshot();
        _world.CreateAccount(m.Target, _rules.ClearsEmptyAccounts ? 1UL : 0UL);
        Transfer(m.Caller, m.Target, m.Value);

        var frame = FrameAt(m.Depth);
        frame.Kind = m.Kind;
        frame.Depth = m.Depth;
        frame.Code = m.Input;
        frame.Jumps = JumpTable.Analyze(m.Input);
        frame.Input = [];
        frame.Address = m.Target;
        frame.Caller = m.Caller;
        frame.Value = m.Value;
        frame.IsStatic = false;
        frame.Gas = m.Gas;
        frame.Snapshot = snapshot;
        return frame;
    }

    void Transfer(Address from, Address to, in UInt256 value)
    {
        _world.SubtractBalance(from, value);
        _world.AddBalance(to, value);
    }

    /// <summary>Turns a finished frame into its result: code deposit for creations, reverting the journal on failure.</summary>
    MessageResult Finish(CallFrame f, FrameExit exit)
    {
        switch (exit)
        {
            case FrameExit.Revert:
                _world.Revert(f.Snapshot);
                return new MessageResult(EvmError.None, true, f.Gas, f.Output, null);
            case FrameExit.Error:
                _world.Revert(f.Snapshot);
                return MessageResult.Failed(f.Error);
        }
        if (!f.IsCreate) return new MessageResult(EvmError.None, false, f.Gas, f.Output, null);

        var code = f.Output;
        var error = EvmError.None;
        if (code.Length > _rules.MaxCodeSize) error = EvmError.CodeSizeExceeded;
        else if (_rules.RejectsEfCode && code.Length > 0 && code[0] == 0xEF) error = EvmError.InvalidCodePrefix;
        else
        {
            long depositCost = code.Length * GasCosts.CodeDeposit;
            if (depositCost > f.Gas)
            {
                // Frontier kept the account without code; Homestead (EIP-2) fails the creation.
                if (_rules.FailsCreateOnDepositOutOfGas) error = EvmError.OutOfGas;
                else return new MessageResult(EvmError.None, false, f.Gas, [], f.Address);
            }
            else
            {
                f.Gas -= depositCost;
                _world.SetCode(f.Address, code);
            }
        }
        if (error != EvmError.None)
        {
            _world.Revert(f.Snapshot);
            return MessageResult.Failed(error);
        }
        return new MessageResult(EvmError.None, false, f.Gas, [], f.Address);
    }

    /// <summary>Hands a child's result back to the frame that made the call: gas, return data, memory, stack.</summary>
    void ResumeParent(CallFrame parent, in Message child, in MessageResult r)
    {
        parent.Gas += r.GasLeft;
        if (child.Kind is FrameKind.Create or FrameKind.Create2)
        {
            parent.ReturnData = r.Reverted && r.Error == EvmError.None ? r.Output : [];
            parent.Push(r.Success && r.CreatedAddress is { } created ? created.ToWord() : UInt256.Zero);
            return;
        }
        parent.ReturnData = r.Output;
        if (r.Error == EvmError.None && child.OutSize > 0)
        {
            int n = (int)Math.Min(child.OutSize, r.Output.Length);
            r.Output.AsSpan(0, n).CopyTo(parent.Memory.Span(child.OutOffset, n));
        }
        parent.Push(r.Success ? UInt256.One : UInt256.Zero);
    }
}
