using System.Buffers.Binary;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// The mutable state of one generation run: the random stream, the pre-state being filled, the transactions so far,
/// each sender's next nonce and the ETH each sender must be given to pay for its transactions.
/// </summary>
sealed class WorkloadBuilder
{
    public static readonly UInt256 Ether = 1_000_000_000_000_000_000UL;
    public const ulong Gwei = 1_000_000_000;
    /// <summary>A round, realistic mainnet base fee; senders offer twice that plus their tip (EIP-1559 wallets do the same).</summary>
    public static readonly UInt256 BaseFee = 7 * Gwei;

    readonly ulong _seed;
    ulong _addressCounter;
    readonly Dictionary<Address, ulong> _nextNonce = new();
    readonly Dictionary<Address, UInt256> _ethSpent = new();

    public WorkloadBuilder(int seed)
    {
        _seed = (ulong)(uint)seed;
        Random = new DeterministicRandom(0x5EED_0000_0000_0000UL ^ _seed);
        Coinbase = NewAddress();
    }

    public DeterministicRandom Random { get; }
    public InMemoryDb State { get; } = new();
    public List<Transaction> Txs { get; } = new();
    public Address Coinbase { get; }

    /// <summary>
    /// A fresh address: the last 20 bytes of keccak256("pevm-workload" ‖ seed ‖ counter). Random-looking like real
    /// addresses (never a precompile), distinct within a workload, and different from seed to seed.
    /// </summary>
    public Address NewAddress()
    {
        Span<byte> preimage = stackalloc byte[13 + 8 + 8];
        "pevm-workload"u8.CopyTo(preimage);
        BinaryPrimitives.WriteUInt64BigEndian(preimage[13..], _seed);
        BinaryPrimitives.WriteUInt64BigEndian(preimage[21..], _addressCounter++);
        return Address.FromWord(Keccak256.Hash(preimage).ToWord());
    }

    /// <summary>The next nonce <paramref name="sender"/> would use (its pre-state nonce is 0).</summary>
    public ulong NextNonce(Address sender) => _nextNonce.GetValueOrDefault(sender);

    /// <summary>Appends a type-2 transaction with the sender's next nonce, and books its worst-case cost against the sender.</summary>
    public Transaction Add(Address sender, Address to, UInt256 value, byte[] data, long gasLimit)
    {
        var tx = Build(sender, NextNonce(sender), to, value, data, gasLimit);
        _nextNonce[sender] = tx.Nonce + 1;
        _ethSpent[sender] = _ethSpent.GetValueOrDefault(sender) + UpFrontCost(tx);
        Txs.Add(tx);
        return tx;
    }

    /// <summary>An EIP-1559 transaction on chain 1 with a tip of 1–3 gwei, so the coinbase earns fees.</summary>
    public Transaction Build(Address sender, ulong nonce, Address to, UInt256 value, byte[] data, long gasLimit)
    {
        UInt256 tip = Random.Between(1 * Gwei, 3 * Gwei);
        return new Transaction
        {
            Type = TxType.DynamicFee,
            ChainId = 1,
            Nonce = nonce,
            MaxPriorityFeePerGas = tip,
            MaxFeePerGas = BaseFee * 2 + tip,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            Sender = sender,
        };
    }

    /// <summary>What the sender must hold for the transaction to be valid: gasLimit × maxFeePerGas + value.</summary>
    public static UInt256 UpFrontCost(Transaction tx) => (ulong)tx.GasLimit * tx.MaxFeePerGas + tx.Value;

    /// <summary>Gives every sender what its transactions can cost at most, plus 1–10 ETH so it never runs dry.</summary>
    public void FundSenders()
    {
        foreach (var (sender, spent) in _ethSpent)
            State.SetAccount(sender, new Account(0, spent + Random.Amount(1, 9), Account.EmptyCodeHash));
    }

    /// <summary>Places a contract at a fresh address.</summary>
    public Address PlaceContract(ReadOnlyMemory<byte> code)
    {
        var address = NewAddress();
        Contracts.Place(State, address, code);
        return address;
    }

    /// <summary>A post-Cancun mainnet-like header; the gas limit is raised, if need be, to hold every transaction.</summary>
    public BlockEnv BuildEnv()
    {
        long gas = 0;
        foreach (var tx in Txs) gas += tx.GasLimit;
        return new BlockEnv
        {
            Number = 20_000_000,
            Timestamp = 1_720_000_000, // July 2024, after the Cancun activation
            Coinbase = Coinbase,
            GasLimit = Math.Max(30_000_000, gas),
            BaseFee = BaseFee,
            Difficulty = UInt256.Zero,
            PrevRandao = new Hash256(new UInt256(Random.NextUInt64(), Random.NextUInt64(), Random.NextUInt64(), Random.NextUInt64())),
            ExcessBlobGas = 0,
            ChainId = 1,
            ParentBeaconBlockRoot = new Hash256(new UInt256(Random.NextUInt64(), Random.NextUInt64(), Random.NextUInt64(), Random.NextUInt64())),
        };
    }
}
