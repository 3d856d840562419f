using System.Text;
using ParallelEvm.State;
using ParallelEvm.State.Json;

namespace ParallelEvm.Vm.Tests.StateTests;

public sealed class StateTestLoaderTests
{
    const string Sender = "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b";
    const string Coinbase = "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba";
    // KEC(RLP("")): the root of an empty trie (yellow paper appendix D).
    const string EmptyRoot = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
    // KEC(RLP([])): the logs hash of no logs.
    const string EmptyLogs = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";

    const string Env = $$"""
        "env": { "currentCoinbase": "{{Coinbase}}", "currentDifficulty": "0x020000", "currentGasLimit": "0xff112233445566",
                 "currentNumber": "0x01", "currentTimestamp": "0x03e8", "currentBaseFee": "0x0a",
                 "currentRandom": "0x0000000000000000000000000000000000000000000000000000000000020000", "currentExcessBlobGas": "0x00" }
        """;

    static string Fixture(string transaction, string post = "", string env = Env, string pre = "{}") => $$"""
        { "t1": { {{env}}, "pre": {{pre}},
                  "transaction": {{transaction}},
                  "post": { "Cancun": [ { "hash": "{{EmptyRoot}}", "logs": "{{EmptyLogs}}", "indexes": { "data": 0, "gas": 0, "value": 0 }, "txbytes": "0x" {{post}} } ],
                            "Shanghai": [ { "hash": "{{EmptyRoot}}", "logs": "{{EmptyLogs}}", "indexes": { "data": 0, "gas": 0, "value": 0 }, "txbytes": "0x" } ] } } }
        """;

    static string LegacyTx(string value = "\"0x01\"", string nonce = "\"0x00\"", string extra = "") => $$"""
        { "data": ["0x", "0x6001"], "gasLimit": ["0x061a80"], "gasPrice": "0x0a", "nonce": {{nonce}}, "sender": "{{Sender}}",
          "to": "0x095e7baea6a6c7c4c2dfeb977efac326af552d87", "value": [{{value}}] {{extra}} }
        """;

    static StateTestFile Load(string json, IEnumerable<string>? forks = null) =>
        new StateTestLoader(forks).Parse(Encoding.UTF8.GetBytes(json), "/fixtures/stX/x.json", "stX/x.json");

    [Fact]
    public void Malformed_json_is_a_file_error_naming_the_file()
    {
        var file = Load("{ \"t1\": { \"env\": ");
        Assert.Empty(file.Tests);
        var (id, error) = Assert.Single(file.Errors);
        Assert.Equal("stX/x.json::<load>", id);
        Assert.Contains("stX/x.json", error.Message);
        Assert.Contains("invalid JSON", error.Message);
    }

    [Fact]
    public void A_missing_field_is_a_test_error_naming_file_test_and_field()
    {
        var file = Load(Fixture(LegacyTx(), env: Env.Replace("\"currentGasLimit\": \"0xff112233445566\",", "")));
        Assert.Empty(file.Tests);
        var (id, error) = Assert.Single(file.Errors);
        Assert.Equal("stX/x.json::t1::<load>", id);
        Assert.Equal("env.currentGasLimit", error.Field);
        Assert.Equal("t1", error.Test);
        Assert.Contains("stX/x.json", error.Message);
        Assert.Contains("'env.currentGasLimit'", error.Message);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void Malformed_hex_names_the_field()
    {
        var file = Load(Fixture(LegacyTx(nonce: "\"0xzz\"")));
        var (_, error) = Assert.Single(file.Errors);
        Assert.Equal("transaction.nonce", error.Field);
        Assert.Contains("not a number", error.Reason);
    }

    [Fact]
    public void One_broken_test_does_not_stop_the_others()
    {
        var good = Fixture(LegacyTx()).Trim()[1..^1];          // "t1": {...}
        var broken = good.Replace("\"t1\"", "\"t0\"").Replace("\"sender\"", "\"notSender\"");
        var file = Load("{" + broken + "," + good + "}");
        Assert.Single(file.Tests);
        var (_, error) = Assert.Single(file.Errors);
        Assert.Equal("transaction.sender", error.Field);
        Assert.Equal("t0", error.Test);
    }

    [Fact]
    public void A_bigint_value_makes_the_transaction_invalid_not_the_file()
    {
        // ethereum/tests writes values past 2^256 as ":bigint 0x…" (stTransactionTest/ValueOverflow*).
        var file = Load(Fixture(LegacyTx(value: "\"0x:bigint 0x10000000000000000000000000000000000000000000000000000000000000001\"")));
        Assert.Empty(file.Errors);
        var vector = Assert.Single(Assert.Single(file.Tests).Vectors);
        Assert.Null(vector.Transaction);
        Assert.Null(vector.LoadError);
        Assert.Contains("transaction.value[0]", vector.InvalidTransactionReason);
        Assert.Contains("2^256", vector.InvalidTransactionReason);
    }

    [Fact]
    public void A_value_past_2_256_without_the_marker_also_makes_it_invalid()
    {
        var file = Load(Fixture(LegacyTx(value: "\"0x10000000000000000000000000000000000000000000000000000000000000000\"")));
        var vector = Assert.Single(Assert.Single(file.Tests).Vectors);
        Assert.Contains("2^256", vector.InvalidTransactionReason);
    }

    [Fact]
    public void A_nonce_past_2_64_makes_the_transaction_invalid()
    {
        var file = Load(Fixture(LegacyTx(nonce: "\"0x010000000000000000\"")));
        var vector = Assert.Single(Assert.Single(file.Tests).Vectors);
        Assert.Contains("transaction.nonce", vector.InvalidTransactionReason);
        Assert.Contains("64 bits", vector.InvalidTransactionReason);
    }

    [Fact]
    public void An_index_out_of_range_is_an_error_of_that_vector()
    {
        var file = Load(Fixture(LegacyTx()).Replace("\"data\": 0,", "\"data\": 5,"));
        var vector = Assert.Single(Assert.Single(file.Tests).Vectors);
        Assert.NotNull(vector.LoadError);
        Assert.Equal("transaction.data[5]", vector.LoadError!.Field);
        Assert.Equal("stX/x.json::t1::Cancun::d5g0v0", vector.Id);
    }

    [Fact]
    public void Builds_env_and_legacy_transaction()
    {
        var file = Load(Fixture(LegacyTx()));
        var test = Assert.Single(file.Tests);
        var env = test.Env;
        Assert.Equal(1UL, env.Number);
        Assert.Equal(1000UL, env.Timestamp);
        Assert.Equal(0xff112233445566L, env.GasLimit);
        Assert.Equal(new UInt256(10), env.BaseFee);
        Assert.Equal(Address.Parse(Coinbase), env.Coinbase);
        Assert.Equal(new Hash256(new UInt256(0x20000)), env.PrevRandao);
        Assert.Equal(0UL, env.ExcessBlobGas);
        Assert.Equal(1UL, env.ChainId);

        var vector = Assert.Single(test.Vectors);
        Assert.Equal("stX/x.json::t1::Cancun::d0g0v0", vector.Id);
        Assert.Equal(Hash256.Parse(EmptyRoot), vector.ExpectedStateRoot);
        Assert.Null(vector.ExpectException);
        var tx = vector.Transaction!;
        Assert.Equal(TxType.Legacy, tx.Type);
        Assert.Null(tx.ChainId);
        Assert.Equal(new UInt256(10), tx.GasPrice);
        Assert.Equal(400_000L, tx.GasLimit);
        Assert.Equal(UInt256.One, tx.Value);
        Assert.Empty(tx.Data);
        Assert.Equal(Address.Parse(Sender), tx.Sender);
        Assert.Equal(Address.Parse("0x095e7baea6a6c7c4c2dfeb977efac326af552d87"), tx.To);
    }

    [Fact]
    public void Older_fork_keys_are_ignored_and_unselected_forks_are_skipped()
    {
        var file = Load(Fixture(LegacyTx()), forks: ["Prague"]);
        var test = Assert.Single(file.Tests);
        Assert.Empty(test.Vectors);
        Assert.Equal(["stX/x.json::t1::Cancun::d0g0v0"], test.SkippedVectorIds);
        Assert.True(file.HasSupportedForkVectors);
        Assert.Equal(1, file.UnsupportedForkVectors);
        Assert.Equal(["Shanghai"], file.UnsupportedForks);
    }

    [Fact]
    public void A_file_with_only_older_forks_has_no_tests()
    {
        var file = Load(Fixture(LegacyTx()).Replace("\"Cancun\"", "\"Berlin\""));
        Assert.Empty(file.Tests);
        Assert.Empty(file.Errors);
        Assert.False(file.HasSupportedForkVectors);
        Assert.Equal(2, file.UnsupportedForkVectors);
    }

    [Fact]
    public void Creation_and_access_list_per_data_index()
    {
        var lists = """, "accessLists": [ null, [ { "address": "0x0000000000000000000000000000000000000001", "storageKeys": ["0x01"] } ] ]""";
        var json = Fixture(LegacyTx(extra: lists).Replace("\"0x095e7baea6a6c7c4c2dfeb977efac326af552d87\"", "\"\""),
            post: "").Replace("\"indexes\": { \"data\": 0,", "\"indexes\": { \"data\": 1,");
        var vector = Assert.Single(Assert.Single(Load(json).Tests).Vectors);
        var tx = vector.Transaction!;
        Assert.True(tx.IsCreate);
        Assert.Equal(TxType.AccessList, tx.Type);
        Assert.Equal(1UL, tx.ChainId);
        Assert.Equal(new byte[] { 0x60, 0x01 }, tx.Data);
        var item = Assert.Single(tx.AccessList);
        Assert.Equal(Address.FromNumber(1), item.Address);
        Assert.Equal([UInt256.One], item.StorageKeys);

        var legacy = Assert.Single(Assert.Single(Load(Fixture(LegacyTx(extra: lists))).Tests).Vectors).Transaction!;
        Assert.Equal(TxType.Legacy, legacy.Type); // accessLists[0] is null
    }

    [Fact]
    public void Transaction_type_follows_the_fee_fields()
    {
        const string dynamic = """
            { "data": ["0x"], "gasLimit": ["0x5208"], "maxFeePerGas": "0x0c", "maxPriorityFeePerGas": "0x02", "nonce": "0x01",
              "sender": "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b", "to": "0x0000000000000000000000000000000000001000", "value": ["0x00"] EXTRA }
            """;
        var type2 = Assert.Single(Assert.Single(Load(Fixture(dynamic.Replace("EXTRA", ""))).Tests).Vectors).Transaction!;
        Assert.Equal(TxType.DynamicFee, type2.Type);
        Assert.Equal(new UInt256(12), type2.MaxFeePerGas);
        Assert.Equal(new UInt256(2), type2.MaxPriorityFeePerGas);
        Assert.Equal(1UL, type2.Nonce);

        var blob = dynamic.Replace("EXTRA", """, "maxFeePerBlobGas": "0x03", "blobVersionedHashes": ["0x0100000000000000000000000000000000000000000000000000000000000000"]""");
        var type3 = Assert.Single(Assert.Single(Load(Fixture(blob)).Tests).Vectors).Transaction!;
        Assert.Equal(TxType.Blob, type3.Type);
        Assert.Equal(new UInt256(3), type3.MaxFeePerBlobGas);
        Assert.Equal(0x01, Assert.Single(type3.BlobVersionedHashes).ToArray()[0]);

        var auth = dynamic.Replace("EXTRA", """
            , "authorizationList": [ { "chainId": "0x01", "address": "0x0000000000000000000000000000000000000007", "nonce": "0x05",
                "v": "0x01", "r": "0x02", "s": "0x03", "signer": "0x8a0a19589531694250d570040a0c4b74576919b8" } ]
            """);
        var type4 = Assert.Single(Assert.Single(Load(Fixture(auth)).Tests).Vectors).Transaction!;
        Assert.Equal(TxType.SetCode, type4.Type);
        Assert.Equal(new AuthorizationTuple(UInt256.One, Address.FromNumber(7), 5, 1, new UInt256(2), new UInt256(3)), Assert.Single(type4.AuthorizationList));
    }

    [Fact]
    public void Pre_state_builds_a_db_with_code_hashes_and_non_zero_storage()
    {
        const string pre = """
            { "0x095e7baea6a6c7c4c2dfeb977efac326af552d87": { "balance": "0x0de0b6b3a7640000", "code": "0x", "nonce": "0x03",
                  "storage": { "0x01": "0x02", "0x03": "0x00" } } }
            """;
        var db = Assert.Single(Load(Fixture(LegacyTx(), pre: pre)).Tests).Pre.ToDb();
        var address = Address.Parse("0x095e7baea6a6c7c4c2dfeb977efac326af552d87");
        var account = db.GetAccount(address)!.Value;
        Assert.Equal(3UL, account.Nonce);
        Assert.Equal(new UInt256(1_000_000_000_000_000_000UL), account.Balance);
        Assert.Equal(Account.EmptyCodeHash, account.CodeHash);
        Assert.Equal(new UInt256(2), db.GetStorage(address, UInt256.One));
        Assert.Single(db.GetStorageOf(address));
    }

    [Fact]
    public void Block_hashes_are_keccak_of_the_decimal_number_within_256_blocks()
    {
        var env = Assert.Single(Load(Fixture(LegacyTx()).Replace("\"currentNumber\": \"0x01\"", "\"currentNumber\": \"0x0200\"")).Tests).Env;
        Assert.Equal(Keccak256.Hash("511"u8), env.BlockHash(511));
        Assert.Equal(Keccak256.Hash("256"u8), env.BlockHash(256));
        Assert.Null(env.BlockHash(255));   // more than 256 blocks back
        Assert.Null(env.BlockHash(512));   // the current block
    }
}
