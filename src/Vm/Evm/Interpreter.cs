using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;
using ParallelEvm.Vm.World;

namespace ParallelEvm.Vm.Evm;

/// <summary>
/// The EVM. Calls do not recurse on the .NET stack: a CALL/CREATE opcode leaves a <see cref="Message"/> in
/// <see cref="_pending"/> and returns to <see cref="Execute"/>, which runs the child frame and then resumes the
/// parent. Depth 1024 therefore needs no deep thread stack. One instance per executor thread, reused.
/// </summary>
sealed partial class Interpreter
{
    public const int MaxCallDepth = 1024;

    readonly List<CallFrame> _framePool = new();
    readonly Dictionary<Hash256, JumpTable> _jumpTables = new();
    ForkRules _rules = null!;
    Precompile?[] _precompiles = [];
    WorldState _world = null!;
    BlockEnv _block = null!;
    TxContext _tx = null!;
    Message _pending;

    public void Begin(ForkRules rules, WorldState world, BlockEnv block, TxContext tx)
    {
        _rules = rules;
        _precompiles = PrecompileSet.For(rules.Spec);
        _world = world;
        _block = block;
        _tx = tx;
    }

    public bool IsPrecompile(Address address)
    {
        ulong n = address.SmallNumber;
        return n < (ulong)_precompiles.Length && _precompiles[n] is not null;
    }

    /// <summary>The addresses of this fork's precompiles (warm from the start of every transaction, EIP-2929).</summary>
    public Address[] ActivePrecompiles => PrecompileAddresses[(int)_rules.Spec] ??= BuildPrecompileAddresses(_precompiles);

    static readonly Address[]?[] PrecompileAddresses = new Address[]?[Enum.GetValues<SpecId>().Length];

    static Address[] BuildPrecompileAddresses(Precompile?[] precompiles)
    {
        var addresses = new List<Address>();
        for (int i = 0; i < precompiles.Length; i++)
            if (precompiles[i] is not null) addresses.Add(Address.FromNumber((ulong)i));
        return addresses.ToArray();
    }

    /// <summary>Runs a message to completion, with all the nested calls it makes.</summary>
    public MessageResult Execute(in Message message)
    {
        var frame = Begin(message, out var immediate);
        if (frame is null) return immediate;
        int baseDepth = frame.Depth;
        while (true)
        {
            var exit = Run(frame);
            if (exit == FrameExit.MessageRequested)
            {
                var child = Begin(_pending, out var childResult);
                if (child is not null) { frame = child; continue; }
                ResumeParent(frame, _pending, childResult);
                continue;
            }
            var result = Finish(frame, exit);
            if (frame.Depth == baseDepth) return result;
            var parent = _framePool[frame.Depth - 1];
            ResumeParent(parent, MessageOf(frame), result);
            frame = parent;
        }
    }

    CallFrame FrameAt(int depth)
    {
        while (_framePool.Count <= depth) _framePool.Add(new CallFrame());
        var frame = _framePool[depth];
        frame.Reset();
        return frame;
    }

    JumpTable JumpsFor(byte[] code, Hash256 codeHash)
    {
        if (!_jumpTables.TryGetValue(codeHash, out var jumps))
        {
            jumps = JumpTable.Analyze(code);
            if (_jumpTables.Count > 4096) _jumpTables.Clear();
            _jumpTables[codeHash] = jumps;
        }
        return jumps;
    }

    static Message MessageOf(CallFrame f) => new()
    {
        Kind = f.Kind, Target = f.Address, OutOffset = f.OutOffset, OutSize = f.OutSize,
    };
}
