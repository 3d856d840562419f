using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Cluster.Tests;

public sealed class BlockRequestCodecSpecs
{
    static BlockExecutionRequest RequestOf(Workload w) => new(w.Rules, w.Env, w.Txs, w.PreState);

    // EIP-155's example: nonce 9, 20 gwei, 21000 gas, to 0x3535…35, 1 ether, chain 1, signed by the key 0x4646…46.
    const string Eip155SignedTx = "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";
    static readonly Address Eip155Sender = Address.Parse("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");

    [Theory]
    [InlineData(WorkloadKind.Raw)]
    [InlineData(WorkloadKind.Erc20)]
    [InlineData(WorkloadKind.Amm)]
    [InlineData(WorkloadKind.Chain)]
    [InlineData(WorkloadKind.Mixed)]
    public void Decoded_block_executes_to_the_same_result_as_the_original(WorkloadKind kind)
    {
        var request = RequestOf(WorkloadGenerator.Create(kind, 30, seed: 5, conflictRate: 0.4));
        var decoded = BlockRequestCodec.Decode(BlockRequestCodec.Encode(request));
        var expected = SerialBlockExecutor.Execute(request);
        Assert.True(expected.Succeeded, expected.Error);
        Assert.Null(ClusterResultComparison.FirstDifference(expected, SerialBlockExecutor.Execute(decoded)));
    }

    [Fact]
    public void Witness_carries_every_account_slot_and_code_exactly()
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Amm, 10, seed: 2);
        var decoded = (InMemoryDb)BlockRequestCodec.Decode(BlockRequestCodec.Encode(RequestOf(w))).BaseState;
        Assert.Equal(w.PreState.Accounts.Count, decoded.Accounts.Count);
        int contracts = 0, slots = 0;
        foreach (var (address, account) in w.PreState.Accounts)
        {
            Assert.Equal(account, decoded.GetAccount(address));
            Assert.Equal(w.PreState.GetCode(account.CodeHash), decoded.GetCode(account.CodeHash));
            Assert.Equal(w.PreState.GetStorageOf(address).OrderBy(s => s.Key), decoded.GetStorageOf(address).OrderBy(s => s.Key));
            if (account.HasCode) contracts++;
            slots += w.PreState.GetStorageOf(address).Count;
        }
        Assert.True(contracts >= 10 && slots >= 20, $"the AMM witness should hold pairs with reserves ({contracts} contracts, {slots} slots)");
    }

    [Fact]
    public void Block_environment_and_the_hashes_BLOCKHASH_can_reach_are_carried()
    {
        var hashes = new Dictionary<ulong, Hash256>
        {
            [999] = Hash256.Parse("0x1111111111111111111111111111111111111111111111111111111111111111"),
            [744] = Hash256.Parse("0x2222222222222222222222222222222222222222222222222222222222222222"),
            [743] = Hash256.Parse("0x3333333333333333333333333333333333333333333333333333333333333333"),
        };
        var env = new BlockEnv
        {
            Number = 1000, Coinbase = Address.Parse("0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5"), Timestamp = 1_700_000_000,
            GasLimit = 30_000_000, BaseFee = new UInt256(7), Difficulty = new UInt256(131_072),
            PrevRandao = Hash256.Parse("0x4444444444444444444444444444444444444444444444444444444444444444"),
            ExcessBlobGas = 393_216, ChainId = 17_000, ParentBeaconBlockRoot = null,
            BlockHash = n => hashes.TryGetValue(n, out var h) ? h : null,
        };
        var request = new BlockExecutionRequest(ForkRules.For(SpecId.Shanghai), env, [], new InMemoryDb());
        var decoded = BlockRequestCodec.Decode(BlockRequestCodec.Encode(request));
        Assert.Equal(SpecId.Shanghai, decoded.Rules.Spec);
        var e = decoded.Env;
        Assert.Equal((env.Number, env.Coinbase, env.Timestamp, env.GasLimit, env.BaseFee, env.Difficulty, env.PrevRandao, env.ExcessBlobGas, env.ChainId, env.ParentBeaconBlockRoot),
            (e.Number, e.Coinbase, e.Timestamp, e.GasLimit, e.BaseFee, e.Difficulty, e.PrevRandao, e.ExcessBlobGas, e.ChainId, e.ParentBeaconBlockRoot));
        Assert.Equal(hashes[999], e.BlockHash(999));
        Assert.Equal(hashes[744], e.BlockHash(744));
        Assert.Null(e.BlockHash(743)); // 257 blocks back: out of BLOCKHASH's reach, so not shipped
        Assert.Null(e.BlockHash(998));
    }

    [Fact]
    public void Eip155_example_transaction_travels_byte_for_byte_with_its_sender()
    {
        var tx = TransactionRlp.Decode(Convert.FromHexString(Eip155SignedTx));
        var withSender = new Transaction
        {
            Type = tx.Type, Nonce = tx.Nonce, GasPrice = tx.GasPrice, GasLimit = tx.GasLimit, To = tx.To, Value = tx.Value,
            Data = tx.Data, V = tx.V, R = tx.R, S = tx.S, ChainId = tx.ChainId, Sender = Eip155Sender,
        };
        var w = WorkloadGenerator.Create(WorkloadKind.Raw, 1);
        var decoded = BlockRequestCodec.Decode(BlockRequestCodec.Encode(new BlockExecutionRequest(w.Rules, w.Env, [withSender], w.PreState)));
        var back = Assert.Single(decoded.Transactions);
        Assert.Equal(Eip155SignedTx, Convert.ToHexStringLower(TransactionRlp.Encode(back)));
        Assert.Equal(Eip155Sender, back.Sender);
        Assert.Equal(1UL, back.ChainId);
    }

    [Fact]
    public void Typed_transactions_keep_access_lists_blob_hashes_and_authorizations()
    {
        var sender = Address.Parse("0x00000000000000000000000000000000000000a1");
        var to = Address.Parse("0x00000000000000000000000000000000000000b2");
        AccessListItem[] accessList = [new(to, [UInt256.Zero, UInt256.MaxValue]), new(sender, [])];
        Transaction[] txs =
        [
            new() { Type = TxType.AccessList, ChainId = 1, Nonce = 1, GasPrice = new UInt256(10), GasLimit = 50_000, To = to, AccessList = accessList, Sender = sender, V = UInt256.One, R = new UInt256(3), S = new UInt256(4) },
            new() { Type = TxType.DynamicFee, ChainId = 1, Nonce = 2, MaxFeePerGas = new UInt256(20), MaxPriorityFeePerGas = new UInt256(2), GasLimit = 60_000, To = null, Data = [0x60, 0x00], Sender = sender },
            new() { Type = TxType.Blob, ChainId = 1, Nonce = 3, MaxFeePerGas = new UInt256(20), MaxPriorityFeePerGas = new UInt256(2), GasLimit = 70_000, To = to, MaxFeePerBlobGas = new UInt256(9),
                BlobVersionedHashes = [Hash256.Parse("0x0100000000000000000000000000000000000000000000000000000000000001")], Sender = sender },
            new() { Type = TxType.SetCode, ChainId = 1, Nonce = 4, MaxFeePerGas = new UInt256(20), MaxPriorityFeePerGas = new UInt256(2), GasLimit = 80_000, To = to, Sender = sender,
                AuthorizationList = [new AuthorizationTuple(UInt256.One, to, 5, 1, new UInt256(6), new UInt256(7))] },
        ];
        var request = new BlockExecutionRequest(ForkRules.For(SpecId.Prague), new BlockEnv { Number = 1 }, txs, new InMemoryDb());
        var decoded = BlockRequestCodec.Decode(BlockRequestCodec.Encode(request));
        Assert.Equal(txs.Length, decoded.Transactions.Count);
        for (int i = 0; i < txs.Length; i++)
        {
            Assert.Equal(TransactionRlp.Encode(txs[i]), TransactionRlp.Encode(decoded.Transactions[i]));
            Assert.Equal(sender, decoded.Transactions[i].Sender);
        }
        Assert.Equal(2, decoded.Transactions[0].AccessList[0].StorageKeys.Length);
        Assert.Single(decoded.Transactions[2].BlobVersionedHashes);
        Assert.Equal(5UL, decoded.Transactions[3].AuthorizationList[0].Nonce);
    }

    [Fact]
    public void Every_truncation_of_a_request_is_rejected_with_an_rlp_error()
    {
        var bytes = BlockRequestCodec.Encode(RequestOf(WorkloadGenerator.Create(WorkloadKind.Erc20, 2)));
        for (int length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            Assert.Throws<RlpException>(() => BlockRequestCodec.Decode(truncated));
        }
    }

    static int FirstItemOffset(byte[] request) => request[0] >= 0xf8 ? 1 + request[0] - 0xf7 : 1;

    [Fact]
    public void Unknown_format_version_is_rejected()
    {
        var bytes = BlockRequestCodec.Encode(RequestOf(WorkloadGenerator.Create(WorkloadKind.Raw, 2)));
        int at = FirstItemOffset(bytes);
        Assert.Equal(BlockRequestCodec.FormatVersion, bytes[at]);
        bytes[at] = 0x02;
        Assert.Contains("format version 2", Assert.Throws<RlpException>(() => BlockRequestCodec.Decode(bytes)).Message);
    }

    [Fact]
    public void Unknown_fork_is_rejected()
    {
        var bytes = BlockRequestCodec.Encode(RequestOf(WorkloadGenerator.Create(WorkloadKind.Raw, 2)));
        int at = FirstItemOffset(bytes) + 1;
        Assert.Equal((byte)SpecId.Cancun, bytes[at]);
        bytes[at] = 0x63;
        Assert.Contains("unknown fork id 99", Assert.Throws<RlpException>(() => BlockRequestCodec.Decode(bytes)).Message);
    }

    [Fact]
    public void Code_that_does_not_hash_to_its_code_hash_is_rejected()
    {
        var db = new InMemoryDb();
        var claimed = Keccak256.Hash([0x00]);
        db.AddCode([0x60, 0x01], claimed);
        db.SetAccount(Address.Parse("0x00000000000000000000000000000000000000c0"), new Account(1, UInt256.Zero, claimed));
        var bytes = BlockRequestCodec.Encode(new BlockExecutionRequest(ForkRules.For(SpecId.Cancun), new BlockEnv(), [], db));
        Assert.Contains("does not hash to its code hash", Assert.Throws<RlpException>(() => BlockRequestCodec.Decode(bytes)).Message);
    }

    [Fact]
    public void A_base_state_that_is_not_a_witness_cannot_be_shipped()
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Raw, 1);
        var request = new BlockExecutionRequest(w.Rules, w.Env, w.Txs, new DiffOverlay(w.PreState));
        Assert.Throws<ArgumentException>(() => BlockRequestCodec.Encode(request));
    }
}
