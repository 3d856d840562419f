using ParallelEvm.Vm.Workloads;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Tests.Allocation;

/// <summary>
/// The interpreter allocates nothing per executed opcode: a transaction that runs 100× more iterations of an
/// ADD/MUL/SUB/DIV/EXP/MULMOD/KECCAK256/MLOAD/MSTORE/JUMPI loop allocates the same bytes as a short one
/// (per-transaction allocations — the result, its state diff — exist, but do not scale with the opcodes run).
/// </summary>
public class OpcodeAllocationTests
{
    const ulong FewIterations = 1_000;
    const ulong ManyIterations = 100_000; // ≈ 3.5 million more opcodes than the short run
    const long ToleranceBytes = 1024;

    static readonly Address Sender = Address.Parse("0x5e4d000000000000000000000000000000000001");
    static readonly Address LoopAt = Address.Parse("0x100b000000000000000000000000000000000100");

    readonly InMemoryDb _state = new();
    readonly TransactionProcessor _processor = new(ForkRules.For(SpecId.Cancun));
    readonly BlockEnv _block = new()
    {
        Number = 20_000_000, Timestamp = 1_720_000_000, GasLimit = 1_000_000_000, BaseFee = 7,
        Coinbase = Address.Parse("0xc0ffee0000000000000000000000000000000001"), ExcessBlobGas = 0,
    };

    public OpcodeAllocationTests()
    {
        _state.SetAccount(Sender, new Account(0, UInt256.Parse("0xffffffffffffffffffffffffffffffff"), Account.EmptyCodeHash));
        var code = ArithmeticLoopContract.Code;
        _state.SetAccount(LoopAt, new Account(1, UInt256.Zero, _state.AddCode(code, Keccak256.Hash(code))));
    }

    Transaction LoopTx(ulong iterations) => new()
    {
        Type = TxType.DynamicFee, ChainId = 1, Nonce = 0, Sender = Sender, To = LoopAt,
        Data = ArithmeticLoopContract.CallData(iterations), GasLimit = 500_000_000,
        MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
    };

    /// <summary>Executes without applying the result, so the state (and every later run) stays the same.</summary>
    TransactionResult Run(Transaction tx)
    {
        var result = _processor.Execute(tx, _block, _state);
        Assert.True(result.Status == TransactionStatus.Success, result.Error);
        return result;
    }

    long AllocatedBy(Transaction tx)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(tx);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [InlineData(FewIterations)]
    [InlineData(ManyIterations)]
    public void The_loop_runs_every_iteration_at_the_yellow_paper_price(ulong iterations)
    {
        // Guards the allocation test below: it is only meaningful if the long run really executes 100× the opcodes.
        var tx = LoopTx(iterations);
        long expected = 21_000 + ArithmeticLoopContract.CallDataGas(tx.Data) + ArithmeticLoopContract.FixedGas
            + (long)iterations * ArithmeticLoopContract.GasPerIteration;
        Assert.Equal(expected, Run(tx).GasUsed);
    }

    [Fact]
    public void Allocation_does_not_grow_with_executed_opcodes()
    {
        var few = LoopTx(FewIterations);
        var many = LoopTx(ManyIterations);
        // Warm up: JIT tiers, the interpreter's frame pool, pooled memory buffers and the jump-table cache.
        for (int i = 0; i < 5; i++) { Run(few); Run(many); }

        long fewBytes = long.MaxValue, manyBytes = long.MaxValue;
        for (int i = 0; i < 3; i++) // the minimum of a few runs ignores one-off runtime allocations
        {
            fewBytes = Math.Min(fewBytes, AllocatedBy(few));
            manyBytes = Math.Min(manyBytes, AllocatedBy(many));
        }
        Assert.True(manyBytes - fewBytes < ToleranceBytes,
            $"{FewIterations} iterations allocated {fewBytes} B, {ManyIterations} allocated {manyBytes} B: "
            + $"{(manyBytes - fewBytes) / (double)(ManyIterations - FewIterations):F3} B per extra iteration");
    }
}
