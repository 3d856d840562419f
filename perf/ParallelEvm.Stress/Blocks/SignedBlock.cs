using ParallelEvm.Actors;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Stress.Blocks;

/// <summary>
/// A small Cancun block of signed ETH transfers (each from its own funded key to a fresh address), the raw material
/// of the JSON and RLP payloads and of their corrupted variants.
/// </summary>
public sealed record SignedBlock(string Fork, BlockEnv Env, InMemoryDb PreState, IReadOnlyList<Transaction> Txs)
{
    const ulong Gwei = 1_000_000_000;
    static readonly UInt256 Ether = 1_000_000_000_000_000_000UL;

    public BlockExecutionRequest Request => new(ForkRules.For(SpecId.Cancun), Env, Txs, PreState);

    public static SignedBlock Create(int txCount, int seed)
    {
        var state = new InMemoryDb();
        var txs = new List<Transaction>();
        for (int i = 0; i < txCount; i++)
        {
            var signer = new TransactionSigner($"pevm-stress-key-{seed}-{i}");
            state.SetAccount(signer.Address, new Account(0, 10 * Ether, Account.EmptyCodeHash));
            txs.Add(signer.Sign(new Transaction
            {
                Type = TxType.DynamicFee,
                ChainId = 1,
                Nonce = 0,
                MaxPriorityFeePerGas = Gwei,
                MaxFeePerGas = 15 * Gwei,
                GasLimit = 21_000,
                To = Address.FromNumber(0x5_0000_0000UL + (ulong)(seed * 1000 + i)),
                Value = (ulong)(i + 1) * Gwei,
                Sender = signer.Address,
            }));
        }
        var env = new BlockEnv
        {
            Number = 20_000_000,
            Timestamp = 1_720_000_000, // after Cancun's activation
            Coinbase = Address.FromNumber(0xC0FFEE),
            GasLimit = 30_000_000,
            BaseFee = 7 * Gwei,
            Difficulty = UInt256.Zero,
            PrevRandao = new Hash256(new UInt256(1, 2, 3, (ulong)seed)),
            ExcessBlobGas = 0,
            ChainId = 1,
            ParentBeaconBlockRoot = new Hash256(new UInt256(4, 5, 6, (ulong)seed)),
        };
        return new SignedBlock("CANCUN", env, state, txs);
    }
}
