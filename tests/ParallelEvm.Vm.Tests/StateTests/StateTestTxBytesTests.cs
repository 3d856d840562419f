using System.Text;
using ParallelEvm.State;
using ParallelEvm.State.Json;
using ParallelEvm.Vm.StateTests;

namespace ParallelEvm.Vm.Tests.StateTests;

/// <summary>
/// The <c>txbytes</c> of a post entry: malformed bytes make the transaction invalid with the RLP reason (never a crash),
/// and bytes that decode must agree with the JSON fields and <c>sender</c>. The well-formed encodings are real
/// fixture vectors of ethereum/tests (signed by the fillers with the key of 0xa94f…0b), with their JSON fields.
/// </summary>
public sealed class StateTestTxBytesTests
{
    const string Sender = "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b";
    const string Coinbase = "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba";
    const string EmptyRoot = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
    const string EmptyLogs = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";

    // GeneralStateTests/stExample/add11.json, Cancun d0g0v0: legacy, v = 27 (no EIP-155).
    // Layout: f863 | nonce 80 @2 | gasPrice 0a @3 | gas 83061a80 @4 | to 94… @8 | value 830186a0 @29 | data 80 @33 | v 1b @34 | r @35 | s @68.
    const string LegacyBytes = "0xf863800a83061a8094095e7baea6a6c7c4c2dfeb977efac326af552d87830186a0801ba0ffb600e63115a7362e7811894a91d8ba4330e526f22121c994c4692035dfdfd5a06198379fcac8de3dbfac48b165df4bf88e2088f294b61efb9a65fe2281c76e16";

    static string LegacyTx(string sender = Sender, string nonce = "0x00") => $$"""
        { "data": ["0x"], "gasLimit": ["0x061a80"], "gasPrice": "0x0a", "nonce": "{{nonce}}", "sender": "{{sender}}",
          "to": "0x095e7baea6a6c7c4c2dfeb977efac326af552d87", "value": ["0x0186a0"] }
        """;

    // GeneralStateTests/stEIP2930/transactionCosts.json, Cancun d3g0v0: EIP-2930 with one access-list entry and key.
    const string AccessListBytes = "0x01f89e01800a83061a8094cccccccccccccccccccccccccccccccccccccccc830186a000f838f7940000000000000000000000000000000000000101e1a0000000000000000000000000000000000000000000000000000000000000000080a0486b3525238a584fb7f2f8465205ae71126cfaafa430fc5a5757683fc7ed0c5da068d9bf9177ad874e6b02185e1ffe1f4df0b88f0ff793da2d5f9c3a00d802b07b";

    static string AccessListTx(string key = "0x0000000000000000000000000000000000000000000000000000000000000000") => $$"""
        { "data": ["0x00"], "gasLimit": ["0x061a80"], "gasPrice": "0x0a", "nonce": "0x00", "sender": "{{Sender}}",
          "to": "0xcccccccccccccccccccccccccccccccccccccccc", "value": ["0x0186a0"],
          "accessLists": [[{ "address": "0x0000000000000000000000000000000000000101", "storageKeys": ["{{key}}"] }]] }
        """;

    // Prague/prague/eip7623_increase_calldata_cost/execution_gas/gas_consumption_below_data_floor.json (exact_gas-type_2).
    // Layout: 02 | f862 @1 | chainId 01 @3 | nonce 80 @4 | maxPriorityFee 80 @5 | maxFee 07 @6 | …
    const string DynamicFeeBytes = "0x02f862018080078252129400000000000000000000000000000000000010008000c001a00b582862fd08934d10855074c76349181b819dc2f77a2a966b01105bdcbccdd3a03fa7072745d419bc4742728b610cb4044163ef7d021d67cfc25cbf98c26a7b34";

    static string DynamicFeeTx(string maxFee = "0x07") => $$"""
        { "nonce": "0x00", "maxPriorityFeePerGas": "0x00", "maxFeePerGas": "{{maxFee}}", "gasLimit": ["0x5212"],
          "to": "0x0000000000000000000000000000000000001000", "value": ["0x00"], "data": ["0x00"], "accessLists": [[]], "sender": "{{Sender}}" }
        """;

    // Prague/cancun/eip4844_blobs/blob_txs/sufficient_balance_blob_tx.json (single_blob, blob fee multiplier 100, max fee 14).
    const string BlobBytes = "0x03f8840180800e825208948a0a19589531694250d570040a0c4b74576919b88080c064e1a0010000000000000000000000000000000000000000000000000000000000000001a0c9aa17b7844080053d475dc3b7201590210c8af4555c1f84766fcc621b2ed6769f7e0e6dc2e895956a065391a02e4042fd48af43980c082e9e13c9c189fbc782";

    static string BlobTx(string hash = "0x0100000000000000000000000000000000000000000000000000000000000000") => $$"""
        { "nonce": "0x00", "maxPriorityFeePerGas": "0x00", "maxFeePerGas": "0x0e", "gasLimit": ["0x5208"],
          "to": "0x8a0a19589531694250d570040a0c4b74576919b8", "value": ["0x00"], "data": ["0x"], "accessLists": [[]],
          "maxFeePerBlobGas": "0x64", "blobVersionedHashes": ["{{hash}}"], "sender": "{{Sender}}" }
        """;

    // Prague/prague/eip7702_set_code_tx/set_code_txs/set_code_using_valid_synthetic_signatures.json (v=0,r=1,s=1).
    const string SetCodeBytes = "0x04f87f01808007830186a0947c98f1c8dc92f5a9abb6007ee831a4e31d104bdc8080c0dbda019400000000000000000000000000000000000010008080010180a0ce80b422edabb0c4b9ae53f39eed8a7451ebcc409212ad6d8c282eab045cc8c6a05e38d5f8df06260ca425a43126b49a10e1786614d41661bc295f70630d1a0c9f";

    static string SetCodeTx(string authNonce = "0x00") => $$"""
        { "nonce": "0x00", "maxPriorityFeePerGas": "0x00", "maxFeePerGas": "0x07", "gasLimit": ["0x0186a0"],
          "to": "0x7c98f1c8dc92f5a9abb6007ee831a4e31d104bdc", "value": ["0x00"], "data": ["0x"], "accessLists": [[]],
          "authorizationList": [{ "chainId": "0x01", "address": "0x0000000000000000000000000000000000001000", "nonce": "{{authNonce}}",
                                  "v": "0x00", "r": "0x01", "s": "0x01", "signer": "0x7c98f1c8dc92f5a9abb6007ee831a4e31d104bdc" }],
          "sender": "{{Sender}}" }
        """;

    /// <summary>One vector; the pre-state is an empty coinbase, and the expected root the empty trie's.</summary>
    static StateTestFile Load(string transaction, string txBytes, string expectException = "", string fork = "Cancun") =>
        new StateTestLoader([fork]).Parse(Encoding.UTF8.GetBytes($$"""
            { "t": {
                "env": { "currentCoinbase": "{{Coinbase}}", "currentDifficulty": "0x00", "currentGasLimit": "0x016345785d8a0000",
                         "currentNumber": "0x01", "currentTimestamp": "0x03e8", "currentBaseFee": "0x07", "currentExcessBlobGas": "0x00",
                         "currentRandom": "0x0000000000000000000000000000000000000000000000000000000000000000" },
                "pre": { "{{Coinbase}}": { "balance": "0x00", "code": "0x", "nonce": "0x00", "storage": {} } },
                "transaction": {{transaction}},
                "post": { "{{fork}}": [ { "hash": "{{EmptyRoot}}", "logs": "{{EmptyLogs}}", "indexes": { "data": 0, "gas": 0, "value": 0 },
                                          "txbytes": "{{txBytes}}" {{expectException}} } ] } } }
            """), "/f/x.json", "x.json");

    const string Expected = """, "expectException": "TransactionException.TYPE_NOT_SUPPORTED" """;

    static VectorOutcome RunSingle(StateTestFile file, StateTestExecutor execute)
    {
        Assert.Empty(file.Errors);
        return Assert.Single(new StateTestRunner(execute: execute, parallelism: 1).Run(file).Vectors);
    }

    static StateTestVector SingleVector(StateTestFile file)
    {
        Assert.Empty(file.Errors);
        return Assert.Single(Assert.Single(file.Tests).Vectors);
    }

    /// <summary>Accepts and deletes the empty coinbase, so the post root is the expected empty root.</summary>
    static readonly StateTestExecutor Accepts = static (_, _, block, _) =>
    {
        var changes = new StateDiff();
        changes.GetOrAdd(block.Coinbase).Account = null;
        return new TransactionResult { Status = TransactionStatus.Success, Changes = changes };
    };

    static readonly StateTestExecutor MustNotRun = static (_, _, _, _) =>
        throw new InvalidOperationException("the VM must not see a transaction whose txbytes are invalid");

    static string Hex(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    static byte[] Bytes(string hex) => Convert.FromHexString(hex[2..]);

    // ---------------- bytes that agree with the JSON ----------------

    [Fact]
    public void A_matching_legacy_vector_passes_and_the_json_transaction_runs()
    {
        Transaction? seen = null;
        StateTestExecutor record = (rules, tx, block, state) => { seen = tx; return Accepts(rules, tx, block, state); };
        var outcome = RunSingle(Load(LegacyTx(), LegacyBytes), record);
        Assert.Equal(VectorVerdict.Passed, outcome.Verdict);
        Assert.NotNull(seen);
        Assert.Equal(Address.Parse(Sender), seen.Sender);
        Assert.Equal(0x061a80, seen.GasLimit);
    }

    [Theory]
    [InlineData("Cancun", "access list")]
    [InlineData("Prague", "dynamic fee")]
    [InlineData("Prague", "blob")]
    [InlineData("Prague", "set code")]
    public void Real_typed_vectors_agree_with_their_json_fields_and_sender(string fork, string kind)
    {
        var (tx, bytes) = kind switch
        {
            "access list" => (AccessListTx(), AccessListBytes),
            "dynamic fee" => (DynamicFeeTx(), DynamicFeeBytes),
            "blob" => (BlobTx(), BlobBytes),
            _ => (SetCodeTx(), SetCodeBytes),
        };
        var vector = SingleVector(Load(tx, bytes, fork: fork));
        Assert.Null(vector.TxBytes!.Error);
        var result = StateTestTxBytesCheck.Check(vector.TxBytes, vector.Transaction!, ForkRules.For(StateTestForks.ToSpec(fork)), 1);
        Assert.Equal(new StateTestTxBytesCheck.Result(null, null), result);
    }

    [Fact]
    public void Forks_with_the_same_indexes_share_one_decoding()
    {
        var json = Encoding.UTF8.GetBytes($$"""
            { "t": {
                "env": { "currentCoinbase": "{{Coinbase}}", "currentDifficulty": "0x00", "currentGasLimit": "0x989680",
                         "currentNumber": "0x01", "currentTimestamp": "0x03e8", "currentBaseFee": "0x07" },
                "pre": {}, "transaction": {{LegacyTx()}},
                "post": { "Cancun": [ { "hash": "{{EmptyRoot}}", "logs": "{{EmptyLogs}}", "indexes": { "data": 0, "gas": 0, "value": 0 }, "txbytes": "{{LegacyBytes}}" } ],
                          "Prague": [ { "hash": "{{EmptyRoot}}", "logs": "{{EmptyLogs}}", "indexes": { "data": 0, "gas": 0, "value": 0 }, "txbytes": "{{LegacyBytes}}" } ] } } }
            """);
        var vectors = Assert.Single(new StateTestLoader().Parse(json, "/f/x.json", "x.json").Tests).Vectors;
        Assert.Equal(2, vectors.Count);
        Assert.Same(vectors[0].TxBytes, vectors[1].TxBytes);
    }

    // ---------------- malformed bytes ----------------

    public static TheoryData<string, string, string> Malformed => new()
    {
        // The list header promises 0x63 payload bytes; one is missing.
        { "truncated", LegacyBytes[..^2], "at offset 0" },
        // The list header says 0x62: the last item (s) runs past the list's end.
        { "wrong list length", "0xf862" + LegacyBytes[6..], "at offset 68" },
        // gasPrice 0x0a written 82000a (list length 0x65): integers are minimal big-endian.
        { "leading zero integer", "0xf8658082000a" + LegacyBytes[10..], "leading zero" },
        { "unknown type 0x7f", "0x7f" + LegacyBytes[2..], "unknown transaction type 0x7f at offset 0" },
        { "trailing bytes", LegacyBytes + "00", "trailing byte(s)" },
        { "empty", "0x", "empty transaction at offset 0" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_txbytes_make_the_transaction_invalid_with_the_rlp_reason(string kind, string bytes, string reason)
    {
        var vector = SingleVector(Load(LegacyTx(), bytes));
        Assert.Null(vector.TxBytes!.Decoded);
        Assert.StartsWith("txbytes: RLP: ", vector.TxBytes.Error);
        Assert.Contains(reason, vector.TxBytes.Error);
        Assert.Matches(@"at offset \d+", vector.TxBytes.Error);

        // Rejected as the fixture expects: passes without running the VM.
        Assert.Equal(VectorVerdict.Passed, RunSingle(Load(LegacyTx(), bytes, Expected), MustNotRun).Verdict);

        // Not expected: fails, naming the problem.
        var outcome = RunSingle(Load(LegacyTx(), bytes), MustNotRun);
        Assert.True(outcome.Failed, kind);
        Assert.Equal($"unexpected invalid: {vector.TxBytes.Error}", outcome.Message);
    }

    [Fact]
    public void A_leading_zero_integer_names_its_offset()
    {
        // f865 | nonce 80 @2 | gasPrice 82000a @3.
        var bytes = "0xf8658082000a" + LegacyBytes[10..];
        var vector = SingleVector(Load(LegacyTx(), bytes));
        Assert.Equal("txbytes: RLP: integer has leading zero bytes at offset 3", vector.TxBytes!.Error);
    }

    [Fact]
    public void A_non_canonical_integer_in_a_typed_envelope_is_reported()
    {
        // maxFeePerGas 07 written 820007 (the list grows by 2 to 0x64).
        var bytes = "0x02f8640180808200" + DynamicFeeBytes[14..];
        var vector = SingleVector(Load(DynamicFeeTx(), bytes, fork: "Prague"));
        // The decoder counts from the byte after the type byte; the message gives both positions.
        Assert.Equal("txbytes: RLP: integer has leading zero bytes at offset 5 of the type 0x02 payload, byte 6 of txbytes", vector.TxBytes!.Error);
        var outcome = RunSingle(Load(DynamicFeeTx(), bytes, Expected, "Prague"), MustNotRun);
        Assert.Equal(VectorVerdict.Passed, outcome.Verdict);
    }

    [Fact]
    public void Txbytes_that_are_not_hex_are_a_fixture_error_of_that_vector()
    {
        var outcome = RunSingle(Load(LegacyTx(), "0xzz"), MustNotRun);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.StartsWith("fixture error: ", outcome.Message);
        Assert.Contains("post.Cancun[0].txbytes", outcome.Message);
    }

    [Fact]
    public void Every_truncation_and_byte_change_of_real_txbytes_is_judged_without_a_crash()
    {
        foreach (var valid in new[] { LegacyBytes, AccessListBytes, DynamicFeeBytes, BlobBytes, SetCodeBytes })
        {
            var original = Bytes(valid);
            for (int length = 0; length < original.Length; length++)
            {
                var truncated = StateTestTxBytes.Decode(original[..length]);
                Assert.Null(truncated.Decoded);
                Assert.StartsWith("txbytes: RLP: ", truncated.Error);
            }
            for (int i = 0; i < original.Length; i++)
                foreach (byte b in new byte[] { 0x00, 0x7f, 0x80, 0xb8, 0xc0, 0xf8, 0xff })
                {
                    var changed = (byte[])original.Clone();
                    changed[i] = b;
                    var decoded = StateTestTxBytes.Decode(changed); // must not throw
                    Assert.True(decoded.Decoded is not null ^ decoded.Error is not null);
                }
        }
        // And through the runner, with expectException: every truncation passes as a rejected transaction.
        var legacy = Bytes(LegacyBytes);
        for (int length = 0; length < legacy.Length; length += 7)
            Assert.Equal(VectorVerdict.Passed, RunSingle(Load(LegacyTx(), Hex(legacy[..length]), Expected), MustNotRun).Verdict);
    }

    // ---------------- bytes that disagree with the JSON ----------------

    [Fact]
    public void A_mismatching_sender_fails_naming_both_addresses_and_the_json_transaction_still_runs()
    {
        const string other = "0x1000000000000000000000000000000000000001";
        bool ran = false;
        StateTestExecutor record = (rules, tx, block, state) => { ran = true; return Accepts(rules, tx, block, state); };
        var outcome = RunSingle(Load(LegacyTx(sender: other), LegacyBytes), record);
        Assert.True(ran);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.Equal($"txbytes sender {Sender} != JSON sender {other}", outcome.Message);
    }

    [Fact]
    public void A_mismatch_is_reported_together_with_an_execution_failure()
    {
        StateTestExecutor rejects = static (_, _, _, _) => TransactionResult.Invalid("nonce too high");
        var outcome = RunSingle(Load(LegacyTx(nonce: "0x01"), LegacyBytes), rejects);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.Equal("txbytes nonce 0 != JSON nonce 1; unexpected invalid: nonce too high", outcome.Message);
    }

    [Fact]
    public void A_mismatch_fails_even_when_the_vector_expects_an_exception()
    {
        StateTestExecutor rejects = static (_, _, _, _) => TransactionResult.Invalid("nonce too high");
        var outcome = RunSingle(Load(LegacyTx(nonce: "0x01"), LegacyBytes, Expected), rejects);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.Equal("txbytes nonce 0 != JSON nonce 1", outcome.Message);
    }

    [Theory]
    [InlineData("fee", "txbytes maxFeePerGas 0x7 != JSON maxFeePerGas 0x8")]
    [InlineData("access list", "txbytes accessList[0].storageKeys[0] 0x0 != JSON accessList[0].storageKeys[0] 0x1")]
    [InlineData("blob hash", "txbytes blobVersionedHashes[0] 0x0100000000000000000000000000000000000000000000000000000000000000 != JSON blobVersionedHashes[0] 0x0100000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("authorization", "txbytes authorizationList[0] (chainId 0x1, address 0x0000000000000000000000000000000000001000, nonce 0, yParity 0, r 0x1, s 0x1) != JSON authorizationList[0] (chainId 0x1, address 0x0000000000000000000000000000000000001000, nonce 2, yParity 0, r 0x1, s 0x1)")]
    [InlineData("type", "txbytes type 1 != JSON type 0")]
    public void Each_mismatching_field_is_named(string field, string message)
    {
        var (tx, bytes, fork) = field switch
        {
            "fee" => (DynamicFeeTx(maxFee: "0x08"), DynamicFeeBytes, "Prague"),
            "access list" => (AccessListTx(key: "0x01"), AccessListBytes, "Cancun"),
            "blob hash" => (BlobTx(hash: "0x0100000000000000000000000000000000000000000000000000000000000001"), BlobBytes, "Prague"),
            "authorization" => (SetCodeTx(authNonce: "0x02"), SetCodeBytes, "Prague"),
            _ => (LegacyTx(), AccessListBytes, "Cancun"),
        };
        var outcome = RunSingle(Load(tx, bytes, fork: fork), Accepts);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.StartsWith(message, outcome.Message);
    }

    [Fact]
    public void A_signature_no_key_matches_makes_the_transaction_invalid()
    {
        // The real legacy transaction with r = 0: it decodes, but no sender can be recovered.
        var tx = TransactionRlp.Decode(Bytes(LegacyBytes));
        var broken = new Transaction
        {
            Type = tx.Type, Nonce = tx.Nonce, GasPrice = tx.GasPrice, GasLimit = tx.GasLimit, To = tx.To, Value = tx.Value,
            Data = tx.Data, V = tx.V, R = UInt256.Zero, S = tx.S,
        };
        var bytes = Hex(TransactionRlp.Encode(broken));
        Assert.Equal(VectorVerdict.Passed, RunSingle(Load(LegacyTx(), bytes, Expected), MustNotRun).Verdict);
        var outcome = RunSingle(Load(LegacyTx(), bytes), MustNotRun);
        Assert.Equal(VectorVerdict.Failed, outcome.Verdict);
        Assert.Equal("unexpected invalid: txbytes signature: signature r is not in [1, n-1]", outcome.Message);
    }
}
