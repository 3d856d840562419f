using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>Hand-made Cancun blocks for graph specs: funded accounts, a real ERC-20 token and a counter, and terse transaction builders.</summary>
sealed class GraphBlocks
{
    public static readonly Address Token = Address.FromNumber(0x70_0001);
    public static readonly Address Counter = Address.FromNumber(0x70_0002);
    public static readonly Address Token2 = Address.FromNumber(0x70_0003);
    public static readonly ForkRules Rules = ForkRules.For(SpecId.Cancun);

    readonly Dictionary<Address, ulong> _nonces = new();

    public GraphBlocks(int accounts = 16)
    {
        State = TransferBlocks.Funded(accounts);
        Contracts.Place(State, Token, Contracts.Token);
        Contracts.Place(State, Token2, Contracts.Token);
        Contracts.Place(State, Counter, Contracts.Counter);
        for (int i = 0; i < accounts; i++)
        {
            State.SetStorage(Token, TokenAbi.BalanceSlot(A(i)), 1_000_000);
            State.SetStorage(Token2, TokenAbi.BalanceSlot(A(i)), 1_000_000);
        }
        State.SetAccount(Coinbase, new Account(0, 1_000_000_000_000_000_000, Account.EmptyCodeHash));
    }

    public InMemoryDb State { get; }
    public List<Transaction> Txs { get; } = new();
    public static Address Coinbase => TransferBlocks.Coinbase;
    public static BlockEnv Env => TransferBlocks.Env();

    public static Address A(int i) => TransferBlocks.Account(i);

    public GraphBlocks Send(Address from, Address? to, ulong value = 1, byte[]? data = null, AccessListItem[]? accessList = null,
        long gas = 100_000)
    {
        ulong nonce = _nonces.GetValueOrDefault(from);
        _nonces[from] = nonce + 1;
        Txs.Add(new Transaction
        {
            Type = accessList is null ? TxType.DynamicFee : TxType.AccessList,
            ChainId = 1,
            Nonce = nonce,
            GasPrice = 10,
            MaxFeePerGas = 10,
            MaxPriorityFeePerGas = 2,
            GasLimit = gas,
            To = to,
            Value = value,
            Data = data ?? [],
            AccessList = accessList ?? [],
            Sender = from,
        });
        return this;
    }

    /// <summary>A contract creation (to = null) running <paramref name="initCode"/>.</summary>
    public GraphBlocks Create(Address from, byte[] initCode) => Send(from, null, 0, initCode);

    public GraphBlocks Transfer(int from, int to, ulong value = 1) => Send(A(from), A(to), value, gas: 21_000);

    public GraphBlocks TokenTransfer(int from, int to, Address? token = null) =>
        Send(A(from), token ?? Token, 0, TokenAbi.Transfer(A(to), 5));

    public GraphBlocks Increment(int from) => Send(A(from), Counter, 0, CounterAbi.Increment());

    public TransactionGraph Build(GraphOptions? options = null) =>
        TransactionGraph.Build(Txs, Env, Rules, State, options);

    /// <summary>Every edge as "j→i", so a failing assertion shows the whole graph.</summary>
    public static string[] Edges(TransactionGraph graph)
    {
        var edges = new List<string>();
        for (int tx = 0; tx < graph.Count; tx++)
            foreach (int d in graph.DependenciesOf(tx)) edges.Add($"{tx}→{d}");
        return edges.ToArray();
    }

    public static readonly GraphOptions Speculating = new() { Speculate = true, SpeculationGasBudget = long.MaxValue };
}
