using ParallelEvm.Vm.Workloads;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ParallelEvm.Vm;

namespace ParallelEvm.Benchmarks;

/// <summary>
/// The interpreter through <see cref="TransactionProcessor"/>, one transaction per operation: a hand-assembled
/// ADD/MUL/SUB/DIV/EXP/MULMOD/KECCAK256 loop over memory (<see cref="ArithmeticLoopContract"/>), an ERC-20 transfer
/// on the compiled Token and a plain ETH transfer. The Gas/op and Mgas/s columns give throughput:
/// Mgas/s = Gas/op ÷ Mean[ns] × 1000. Allocated stays constant per transaction whatever the opcodes run
/// (tests/ParallelEvm.Vm.Tests/Allocation checks that nothing is allocated per opcode).
/// Run: dotnet run -c Release -- --filter '*Interpreter*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
[Config(typeof(GasColumnsConfig))]
public class InterpreterBenchmarks
{
    InterpreterScenario _loop = null!, _erc20 = null!, _eth = null!;

    [GlobalSetup]
    public void Setup()
    {
        _loop = InterpreterScenario.For(nameof(ArithmeticKeccakLoop));
        _erc20 = InterpreterScenario.For(nameof(Erc20Transfer));
        _eth = InterpreterScenario.For(nameof(EthTransfer));
    }

    [Benchmark] public TransactionResult ArithmeticKeccakLoop() => _loop.Run();

    [Benchmark] public TransactionResult Erc20Transfer() => _erc20.Run();

    [Benchmark] public TransactionResult EthTransfer() => _eth.Run();

    sealed class GasColumnsConfig : ManualConfig
    {
        public GasColumnsConfig() => AddColumn(new GasPerOpColumn(), new MgasPerSecondColumn());
    }
}
