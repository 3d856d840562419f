using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Benchmarks;

/// <summary>
/// One transaction and the state it runs on, executed again and again without applying its result, so every run
/// does the same work (same cold accounts and slots, same gas).
/// </summary>
public sealed class InterpreterScenario
{
    /// <summary>Iterations of the arithmetic/keccak loop: ≈ 2.15 Mgas, a few milliseconds per transaction.</summary>
    public const ulong LoopIterations = 10_000;

    readonly TransactionProcessor _processor;
    readonly Transaction _tx;
    readonly BlockEnv _block;
    readonly IStateReader _state;

    InterpreterScenario(ForkRules rules, Transaction tx, BlockEnv block, IStateReader state)
    {
        _processor = new TransactionProcessor(rules);
        _tx = tx;
        _block = block;
        _state = state;
        var first = Run();
        if (first.Status != TransactionStatus.Success)
            throw new InvalidOperationException($"benchmark transaction did not succeed: {first.Status} {first.Error}");
        GasUsed = first.GasUsed;
    }

    /// <summary>Gas the transaction uses (intrinsic gas included), the same on every run.</summary>
    public long GasUsed { get; }

    public TransactionResult Run() => _processor.Execute(_tx, _block, _state);

    /// <summary>The scenario a benchmark method of <see cref="InterpreterBenchmarks"/> measures, by the method's name.</summary>
    public static InterpreterScenario For(string benchmark) => benchmark switch
    {
        nameof(InterpreterBenchmarks.ArithmeticKeccakLoop) => ArithmeticLoop(LoopIterations),
        nameof(InterpreterBenchmarks.Erc20Transfer) => FirstOf(WorkloadKind.Erc20),
        nameof(InterpreterBenchmarks.EthTransfer) => FirstOf(WorkloadKind.Raw),
        _ => throw new ArgumentOutOfRangeException(nameof(benchmark), benchmark, "no scenario for this benchmark"),
    };

    /// <summary>A call to <see cref="ArithmeticLoopContract"/> running <paramref name="iterations"/> iterations.</summary>
    public static InterpreterScenario ArithmeticLoop(ulong iterations)
    {
        var sender = Address.Parse("0x5e4d000000000000000000000000000000000001");
        var loopAt = Address.Parse("0x100b000000000000000000000000000000000100");
        var state = new InMemoryDb();
        state.SetAccount(sender, new Account(0, UInt256.Parse("0xffffffffffffffffffffffffffffffff"), Account.EmptyCodeHash));
        var code = ArithmeticLoopContract.Code;
        state.SetAccount(loopAt, new Account(1, UInt256.Zero, state.AddCode(code, Keccak256.Hash(code))));
        var block = new BlockEnv
        {
            Number = 20_000_000, Timestamp = 1_720_000_000, GasLimit = 1_000_000_000, BaseFee = 7,
            Coinbase = Address.Parse("0xc0ffee0000000000000000000000000000000001"), ExcessBlobGas = 0,
        };
        var tx = new Transaction
        {
            Type = TxType.DynamicFee, ChainId = 1, Nonce = 0, Sender = sender, To = loopAt,
            Data = ArithmeticLoopContract.CallData(iterations), GasLimit = 500_000_000,
            MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
        };
        return new InterpreterScenario(ForkRules.For(SpecId.Cancun), tx, block, state);
    }

    /// <summary>The first transaction of a one-transaction workload: an ERC-20 transfer on the compiled Token, or a plain ETH transfer.</summary>
    static InterpreterScenario FirstOf(WorkloadKind kind)
    {
        var workload = WorkloadGenerator.Create(kind, txCount: 1);
        return new InterpreterScenario(workload.Rules, workload.Txs[0], workload.Env, workload.PreState);
    }
}
