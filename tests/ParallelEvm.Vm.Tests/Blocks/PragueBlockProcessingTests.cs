using System.Security.Cryptography;
using ParallelEvm.State;
using ParallelEvm.Vm.Blocks;
using ParallelEvm.Vm.Tests.Precompiles;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>
/// Prague block-level processing: the EIP-2935 history system call before the transactions, and the EIP-7685
/// requests after them (EIP-6110 deposit logs, EIP-7002/7251 queue system calls) checked against the header's hash.
/// The history contract is the EIP's own runtime code; the deposit and queue contracts are small stand-ins whose
/// behaviour (a log, a fixed output) is what the block processor consumes.
/// </summary>
public sealed class PragueBlockProcessingTests
{
    // EIP-2935 HISTORY_STORAGE_ADDRESS runtime code, as the EIP deploys it.
    const string HistoryCode = "0x3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500";
    const ulong HistoryServeWindow = 8191;

    // EIP-7685: the hash of a block without requests is sha256 of nothing.
    static readonly Hash256 EmptyRequestsHash = Hash256.Parse("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    static readonly Address Alice = Address.FromNumber(0xa11ce);
    static readonly Address Coinbase = Address.FromNumber(0xc0ffee);
    static readonly Hash256 ParentHash = Hash256.Parse("0x88e96d4537bea4d9c05d12549907b32561d3bf31f45aae734cdc119f13406cb6");

    static readonly byte[] Stop = [0x00];

    /// <summary>Stand-in deposit contract: LOG1(calldata, DepositEvent topic).</summary>
    static readonly byte[] DepositStandIn =
        [0x36, 0x5f, 0x5f, 0x37, 0x7f, .. DepositRequests.DepositEventTopic.ToArray(), 0x36, 0x5f, 0xa1, 0x00];

    /// <summary>Stand-in queue contract: returns the 32-byte word <paramref name="word"/>.</summary>
    static byte[] Returning(byte[] word) => [0x7f, .. word, 0x5f, 0x52, 0x60, 0x20, 0x5f, 0xf3];

    static BlockHeader Header(Hash256? requestsHash, ulong number = 5) => new()
    {
        Number = number, ParentHash = ParentHash, Coinbase = Coinbase, Timestamp = 1_750_000_000, GasLimit = 30_000_000,
        BaseFeePerGas = 7, WithdrawalsRoot = MerkleTrie.EmptyRoot, BlobGasUsed = 0, ExcessBlobGas = 0,
        ParentBeaconBlockRoot = Hash256.Zero, RequestsHash = requestsHash,
    };

    static BlockProcessingOptions Prague => new() { Spec = SpecId.Prague };

    static void Deploy(InMemoryDb state, Address address, byte[] code) =>
        state.SetAccount(address, new Account(1, UInt256.Zero, state.AddCode(code, Keccak256.Hash(code))));

    static InMemoryDb State(byte[]? withdrawalQueue = null, byte[]? consolidationQueue = null, bool history = true)
    {
        var state = new InMemoryDb();
        state.SetAccount(Alice, new Account(0, new UInt256(1_000_000_000_000), Account.EmptyCodeHash));
        if (history) Deploy(state, PragueSystemCalls.HistoryStorage, Hex.Bytes(HistoryCode));
        Deploy(state, PragueSystemCalls.WithdrawalRequests, withdrawalQueue ?? Stop);
        Deploy(state, PragueSystemCalls.ConsolidationRequests, consolidationQueue ?? Stop);
        Deploy(state, DepositRequests.DepositContract, DepositStandIn);
        return state;
    }

    static Transaction Call(ulong nonce, Address to, byte[] data) => new()
    {
        Type = TxType.DynamicFee, ChainId = 1, Nonce = nonce, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
        GasLimit = 200_000, To = to, Data = data, Sender = Alice,
    };

    static Block Block(Hash256? requestsHash, params Transaction[] txs) =>
        new() { Header = Header(requestsHash), Transactions = txs, Withdrawals = [] };

    [Fact]
    public void Deposit_event_topic_is_the_keccak_of_its_signature() =>
        Assert.Equal(Keccak256.Hash("DepositEvent(bytes,bytes,bytes,bytes,bytes)"u8), DepositRequests.DepositEventTopic);

    [Fact]
    public void Empty_requests_hash_is_sha256_of_nothing() =>
        Assert.Equal(EmptyRequestsHash, RequestsHash.Compute([(0, []), (1, []), (2, [])]));

    [Fact]
    public void History_contract_stores_the_parent_hash_before_the_transactions()
    {
        var state = State();
        // get(): a transaction in the block asks the history contract for block 4's hash, the parent of block 5.
        var block = Block(EmptyRequestsHash, Call(0, PragueSystemCalls.HistoryStorage, new UInt256(4).ToBigEndianBytes()));
        var result = BlockProcessor.Process(block, state, SerialTransactionsExecutor.Instance, Prague);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ParentHash.ToWord(), state.GetStorage(PragueSystemCalls.HistoryStorage, 4 % HistoryServeWindow));
        Assert.Equal(ParentHash.ToArray(), result.TransactionResults[0].Output);
        Assert.Contains(PragueSystemCalls.HistoryStorage, result.Changes.Accounts.Keys);
        Assert.Null(state.GetAccount(SystemCall.SystemAddress));
    }

    [Fact]
    public void Without_a_history_contract_the_call_does_nothing()
    {
        var state = State(history: false);
        var result = BlockProcessor.Process(Block(EmptyRequestsHash), state, SerialTransactionsExecutor.Instance, Prague);
        Assert.True(result.Succeeded, result.Error);
        Assert.Null(state.GetAccount(PragueSystemCalls.HistoryStorage));
    }

    [Fact]
    public void Before_Prague_there_is_no_history_call_and_no_requests()
    {
        var state = State(withdrawalQueue: Returning(new byte[32]));
        var block = new Block { Header = Header(null), Withdrawals = [] };
        var result = BlockProcessor.Process(block, state, SerialTransactionsExecutor.Instance, new BlockProcessingOptions { Spec = SpecId.Cancun });
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(UInt256.Zero, state.GetStorage(PragueSystemCalls.HistoryStorage, 4));
    }

    [Fact]
    public void A_block_without_requests_matches_the_empty_hash_and_fails_another()
    {
        Assert.True(BlockProcessor.Process(Block(EmptyRequestsHash), State(), SerialTransactionsExecutor.Instance, Prague).Succeeded);
        var wrong = BlockProcessor.Process(Block(Hash256.Zero), State(), SerialTransactionsExecutor.Instance, Prague);
        Assert.False(wrong.Succeeded);
        Assert.Contains("requests hash", wrong.Error);
    }

    [Fact]
    public void Queue_outputs_become_typed_requests_in_type_order()
    {
        var withdrawal = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var consolidation = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
        // sha256(sha256(0x01 ‖ w) ‖ sha256(0x02 ‖ c)): deposits (type 0) are empty and left out.
        var expected = new Hash256(SHA256.HashData([.. SHA256.HashData([0x01, .. withdrawal]), .. SHA256.HashData([0x02, .. consolidation])]));
        var state = State(Returning(withdrawal), Returning(consolidation));
        var result = BlockProcessor.Process(Block(expected), state, SerialTransactionsExecutor.Instance, Prague);
        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void A_missing_queue_contract_makes_the_block_invalid()
    {
        var state = State();
        state.DeleteAccount(PragueSystemCalls.ConsolidationRequests);
        var result = BlockProcessor.Process(Block(EmptyRequestsHash), state, SerialTransactionsExecutor.Instance, Prague);
        Assert.False(result.Succeeded);
        Assert.Contains("has no code", result.Error);
    }

    [Fact]
    public void A_failing_queue_call_makes_the_block_invalid()
    {
        var result = BlockProcessor.Process(Block(EmptyRequestsHash), State(withdrawalQueue: [0xfe]), SerialTransactionsExecutor.Instance, Prague);
        Assert.False(result.Succeeded);
        Assert.Contains("failed", result.Error);
    }

    /// <summary>The DepositEvent ABI layout: five offsets, then each field as a length word and its data padded to 32 bytes.</summary>
    static byte[] DepositEventData(byte[] pubkey, byte[] credentials, byte[] amount, byte[] signature, byte[] index)
    {
        static byte[] Word(int n) => new UInt256((ulong)n).ToBigEndianBytes();
        static byte[] Field(byte[] data) => [.. Word(data.Length), .. data, .. new byte[(32 - data.Length % 32) % 32]];
        return [.. Word(160), .. Word(256), .. Word(320), .. Word(384), .. Word(512),
            .. Field(pubkey), .. Field(credentials), .. Field(amount), .. Field(signature), .. Field(index)];
    }

    static byte[] Bytes(int length, int seed) => Enumerable.Range(seed, length).Select(i => (byte)i).ToArray();

    [Fact]
    public void Deposit_logs_become_type_0_requests()
    {
        var (pubkey, credentials, amount, signature, index) = (Bytes(48, 1), Bytes(32, 60), Bytes(8, 100), Bytes(96, 120), Bytes(8, 230));
        var data = DepositEventData(pubkey, credentials, amount, signature, index);
        Assert.Equal(576, data.Length);
        var expected = new Hash256(SHA256.HashData(SHA256.HashData([0x00, .. pubkey, .. credentials, .. amount, .. signature, .. index])));
        var result = BlockProcessor.Process(Block(expected, Call(0, DepositRequests.DepositContract, data)), State(), SerialTransactionsExecutor.Instance, Prague);
        Assert.True(result.Succeeded, result.Error);
        Assert.Single(result.TransactionResults[0].Logs);
    }

    [Fact]
    public void Two_deposits_concatenate_in_log_order()
    {
        var first = (Bytes(48, 1), Bytes(32, 2), Bytes(8, 3), Bytes(96, 4), Bytes(8, 5));
        var second = (Bytes(48, 9), Bytes(32, 8), Bytes(8, 7), Bytes(96, 6), Bytes(8, 5));
        byte[] Flat((byte[] a, byte[] b, byte[] c, byte[] d, byte[] e) f) => [.. f.a, .. f.b, .. f.c, .. f.d, .. f.e];
        byte[] Event((byte[] a, byte[] b, byte[] c, byte[] d, byte[] e) f) => DepositEventData(f.a, f.b, f.c, f.d, f.e);
        var expected = new Hash256(SHA256.HashData(SHA256.HashData([0x00, .. Flat(first), .. Flat(second)])));
        var block = Block(expected, Call(0, DepositRequests.DepositContract, Event(first)), Call(1, DepositRequests.DepositContract, Event(second)));
        var result = BlockProcessor.Process(block, State(), SerialTransactionsExecutor.Instance, Prague);
        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void A_malformed_deposit_log_makes_the_block_invalid()
    {
        var data = DepositEventData(Bytes(48, 1), Bytes(32, 2), Bytes(8, 3), Bytes(96, 4), Bytes(8, 5));
        data[4 * 32 + 30] = 0x03; // the index field's offset word says 768, not 512
        var result = BlockProcessor.Process(Block(EmptyRequestsHash, Call(0, DepositRequests.DepositContract, data)), State(), SerialTransactionsExecutor.Instance, Prague);
        Assert.False(result.Succeeded);
        Assert.Contains("EIP-6110", result.Error);
        var truncated = BlockProcessor.Process(Block(EmptyRequestsHash, Call(0, DepositRequests.DepositContract, data[..575])), State(), SerialTransactionsExecutor.Instance, Prague);
        Assert.False(truncated.Succeeded);
        Assert.Contains("575 data bytes", truncated.Error);
    }
}
