using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Tests;

/// <summary>Small hand-made blocks of plain transfers, for engine specs that need exact control over conflicts.</summary>
static class TransferBlocks
{
    public static readonly Address Coinbase = Address.FromNumber(0xc0ffee);

    public static Address Account(int i) => Address.FromNumber(0x10000 + (ulong)i);

    public static BlockEnv Env() => new()
    {
        Number = 1, Coinbase = Coinbase, Timestamp = 1_710_338_200, GasLimit = 1_000_000_000,
        BaseFee = 7, ExcessBlobGas = 0, ChainId = 1,
    };

    public static InMemoryDb Funded(int accounts, ulong balance = 1_000_000_000_000_000_000)
    {
        var db = new InMemoryDb();
        for (int i = 0; i < accounts; i++) db.SetAccount(Account(i), new State.Account(0, balance, State.Account.EmptyCodeHash));
        return db;
    }

    public static Transaction Transfer(int from, int to, ulong value, ulong nonce = 0) => new()
    {
        Type = TxType.DynamicFee, ChainId = 1, Nonce = nonce, MaxFeePerGas = 10, MaxPriorityFeePerGas = 2,
        GasLimit = 21_000, To = Account(to), Value = value, Sender = Account(from),
    };

    public static BlockExecutionRequest Request(IReadOnlyList<Transaction> txs, IStateReader state) =>
        new(ForkRules.For(SpecId.Cancun), Env(), txs, state);
}
