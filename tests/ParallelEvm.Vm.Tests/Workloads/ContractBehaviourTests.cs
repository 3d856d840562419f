using System.Numerics;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Vm.Tests.Workloads;

/// <summary>The compiled contracts run on our EVM the way their Solidity says: ERC-20 approve/transferFrom and failure paths, Pair and Counter edge cases.</summary>
public class ContractBehaviourTests
{
    static readonly Address Alice = Address.Parse("0xa11ce00000000000000000000000000000000001");
    static readonly Address Bob = Address.Parse("0xb0b0000000000000000000000000000000000002");
    static readonly Address Carol = Address.Parse("0xca40100000000000000000000000000000000003");
    static readonly Address TokenAt = Address.Parse("0x7070000000000000000000000000000000000070");
    static readonly BigInteger Unlimited = BigInteger.Pow(2, 256) - 1;

    readonly InMemoryDb _state = new();
    readonly DiffOverlay _overlay;
    readonly TransactionProcessor _processor = new(ForkRules.For(SpecId.Cancun));
    readonly BlockEnv _env = WorkloadGenerator.Create(WorkloadKind.Raw, 0).Env;
    readonly Dictionary<Address, ulong> _nonces = new();

    public ContractBehaviourTests()
    {
        foreach (var who in new[] { Alice, Bob, Carol })
            _state.SetAccount(who, new Account(0, 1_000_000_000_000_000_000UL, Account.EmptyCodeHash));
        Contracts.Place(_state, TokenAt, Contracts.Token);
        _state.SetStorage(TokenAt, Solidity.MappingSlot(Alice, 1), 1000);
        _state.SetStorage(TokenAt, UInt256.Zero, 1000);
        _overlay = new DiffOverlay(_state);
    }

    TransactionResult Call(Address from, Address to, byte[] data)
    {
        ulong nonce = _nonces.GetValueOrDefault(from);
        var tx = new Transaction
        {
            Type = TxType.DynamicFee, ChainId = 1, Nonce = nonce, Sender = from, To = to, Data = data, GasLimit = 200_000,
            MaxFeePerGas = 100_000_000_000UL, MaxPriorityFeePerGas = 1_000_000_000UL,
        };
        var result = _processor.Execute(tx, _env, _overlay);
        Assert.True(result.IsValid, result.Error);
        _nonces[from] = nonce + 1;
        _overlay.Apply(result.Changes);
        return result;
    }

    BigInteger Balance(Address owner) => Solidity.Storage(_overlay, TokenAt, Solidity.MappingSlot(owner, 1));
    BigInteger Allowance(Address owner, Address spender) => Solidity.Storage(_overlay, TokenAt, Solidity.NestedMappingSlot(owner, spender, 2));
    static byte[] True => Solidity.Pad(BigInteger.One);

    [Fact]
    public void BalanceOf_reads_the_mapping()
    {
        var result = Call(Bob, TokenAt, TokenAbi.BalanceOf(Alice));
        Assert.Equal(TransactionStatus.Success, result.Status);
        Assert.Equal(Solidity.Pad(new BigInteger(1000)), result.Output);
    }

    [Fact]
    public void Transfer_above_the_balance_reverts_and_changes_no_balance()
    {
        var result = Call(Alice, TokenAt, TokenAbi.Transfer(Bob, 1001));
        Assert.Equal(TransactionStatus.Reverted, result.Status);
        Assert.Empty(result.Logs);
        Assert.Equal(1000, Balance(Alice));
        Assert.Equal(0, Balance(Bob));
    }

    [Fact]
    public void Approve_then_transferFrom_spends_the_allowance()
    {
        var approve = Call(Alice, TokenAt, TokenAbi.Approve(Bob, 300));
        Assert.Equal(TransactionStatus.Success, approve.Status);
        Assert.Equal(True, approve.Output);
        var log = Assert.Single(approve.Logs);
        Assert.Equal(TokenAbi.ApprovalEvent, log.Topics[0]);
        Assert.Equal(Solidity.Pad(Alice), log.Topics[1].ToArray());
        Assert.Equal(Solidity.Pad(Bob), log.Topics[2].ToArray());
        Assert.Equal(Solidity.Pad(new BigInteger(300)), log.Data);
        Assert.Equal(300, Allowance(Alice, Bob));

        var spend = Call(Bob, TokenAt, TokenAbi.TransferFrom(Alice, Carol, 120));
        Assert.Equal(TransactionStatus.Success, spend.Status);
        Assert.Equal(True, spend.Output);
        var transfer = Assert.Single(spend.Logs);
        Assert.Equal(TokenAbi.TransferEvent, transfer.Topics[0]);
        Assert.Equal(Solidity.Pad(Alice), transfer.Topics[1].ToArray());
        Assert.Equal(Solidity.Pad(Carol), transfer.Topics[2].ToArray());
        Assert.Equal(180, Allowance(Alice, Bob));
        Assert.Equal(880, Balance(Alice));
        Assert.Equal(120, Balance(Carol));

        var tooMuch = Call(Bob, TokenAt, TokenAbi.TransferFrom(Alice, Carol, 181));
        Assert.Equal(TransactionStatus.Reverted, tooMuch.Status);
        Assert.Equal(180, Allowance(Alice, Bob));
    }

    [Fact]
    public void Unlimited_allowance_is_not_decreased()
    {
        Call(Alice, TokenAt, TokenAbi.Approve(Bob, UInt256.MaxValue));
        var spend = Call(Bob, TokenAt, TokenAbi.TransferFrom(Alice, Bob, 500));
        Assert.Equal(TransactionStatus.Success, spend.Status);
        Assert.Equal(Unlimited, Allowance(Alice, Bob));
        Assert.Equal(500, Balance(Bob));
    }

    [Fact]
    public void Swap_beyond_the_internal_balance_reverts()
    {
        var pair = Address.Parse("0x9a19000000000000000000000000000000000009");
        Contracts.Place(_state, pair, Contracts.Pair);
        _state.SetStorage(pair, UInt256.Zero, 1_000_000);
        _state.SetStorage(pair, UInt256.One, 1_000_000);
        _state.SetStorage(pair, Solidity.MappingSlot(Alice, 2), 50);

        Assert.Equal(TransactionStatus.Reverted, Call(Alice, pair, PairAbi.Swap(51, zeroForOne: true)).Status);
        Assert.Equal(TransactionStatus.Reverted, Call(Alice, pair, PairAbi.Swap(1, zeroForOne: false)).Status); // holds no token1
        Assert.Equal(TransactionStatus.Reverted, Call(Alice, pair, PairAbi.Swap(0, zeroForOne: true)).Status);

        // 50·997·10^6 / (10^6·1000 + 50·997) = 49.84… → 49
        var ok = Call(Alice, pair, PairAbi.Swap(50, zeroForOne: true));
        Assert.Equal(TransactionStatus.Success, ok.Status);
        Assert.Equal(Solidity.Pad(new BigInteger(49)), ok.Output);
        Assert.Equal(1_000_050, Solidity.Storage(_overlay, pair, UInt256.Zero));
        Assert.Equal(999_951, Solidity.Storage(_overlay, pair, UInt256.One));
        Assert.Equal(0, Solidity.Storage(_overlay, pair, Solidity.MappingSlot(Alice, 2)));
        Assert.Equal(49, Solidity.Storage(_overlay, pair, Solidity.MappingSlot(Alice, 3)));
    }

    [Fact]
    public void Counter_returns_the_new_count()
    {
        var counter = Address.Parse("0xc0c0000000000000000000000000000000000c0c");
        Contracts.Place(_state, counter, Contracts.Counter);
        _state.SetStorage(counter, UInt256.Zero, 41);
        var result = Call(Bob, counter, CounterAbi.Increment());
        Assert.Equal(TransactionStatus.Success, result.Status);
        Assert.Equal(Solidity.Pad(new BigInteger(42)), result.Output);
        Assert.Empty(result.Logs);
    }
}
