using ParallelEvm.Actors;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Cluster.Tests;

/// <summary>Results with every feature the wire must carry: each status, logs with 0–4 topics, output, created contracts, blob gas, every kind of account change.</summary>
static class SampleResults
{
    static readonly Address Token = Address.Parse("0x00000000000000000000000000000000000000aa");
    static readonly Address Created = Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    static readonly Address Destroyed = Address.Parse("0x00000000000000000000000000000000000000dd");
    static readonly Address Coinbase = Address.Parse("0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5");

    // keccak256("Transfer(address,address,uint256)"), the ERC-20 Transfer event topic.
    static readonly Hash256 TransferTopic = Hash256.Parse("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");

    public static BlockExecutionResult Rich()
    {
        var results = new TransactionResult[]
        {
            new()
            {
                Status = TransactionStatus.Success, GasUsed = 51_234, Output = [0, 0, 0, 1],
                Logs =
                [
                    new LogEntry(Token, [TransferTopic, new Hash256(new UInt256(1)), new Hash256(new UInt256(2)), new Hash256(UInt256.MaxValue)], [1, 2, 3]),
                    new LogEntry(Token, [], []),
                ],
                CoinbaseFee = UInt256.Parse("123456789012345678901234567890"),
            },
            new() { Status = TransactionStatus.Reverted, Error = "execution reverted", GasUsed = 30_000, Output = [0x08, 0xc3, 0x79, 0xa0] },
            new() { Status = TransactionStatus.Halted, Error = "out of gas", GasUsed = 100_000 },
            new() { Status = TransactionStatus.Success, GasUsed = 300_000, ContractAddress = Created, BlobGasUsed = 2 * 131_072 },
        };
        var diff = new StateDiff();
        var created = diff.GetOrAdd(Created);
        created.Account = new Account(1, UInt256.Zero, Keccak256.Hash([0x60, 0x00, 0x60, 0x00, 0xf3]));
        created.Code = [0x60, 0x00, 0x60, 0x00, 0xf3];
        created.StorageCleared = true;
        created.Storage[UInt256.Zero] = new UInt256(42);
        created.Storage[UInt256.MaxValue] = UInt256.Parse("0x0100000000000000000000000000000000000000000000000000000000000000");
        var token = diff.GetOrAdd(Token);
        token.Account = new Account(1, new UInt256(5), Keccak256.Hash([0xfe]));
        token.AccountChanged = false;
        token.Storage[new UInt256(7)] = UInt256.Zero;
        diff.GetOrAdd(Destroyed).Account = null;
        diff.GetOrAdd(Coinbase).Account = new Account(0, UInt256.Parse("1000000000000000000"), Account.EmptyCodeHash);
        var counters = new EngineCounters
        {
            Executions = 9, ReExecutions = 5, Validations = 12, Aborts = 3, Suspensions = 2, ExecutorRestarts = 1, Messages = 77, FellBackToSerial = true,
        };
        return new BlockExecutionResult(results, diff, counters);
    }

    public static BlockExecutionResult Invalid() => BlockExecutionResult.InvalidTransaction(7, "nonce 3 is higher than the account's 1 — ünïcode");
}
