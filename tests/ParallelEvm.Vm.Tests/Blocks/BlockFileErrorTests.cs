using ParallelEvm.State.Json;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>Bad block files give a failed outcome naming the block, the transaction and the field; a batch goes on.</summary>
public sealed class BlockFileErrorTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("pevm-blockfile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    const string Sender = "0x00000000000000000000000000000000000a11ce";

    /// <summary>A minimal Cancun mainnet-style block: one EIP-1559 transfer from <see cref="Sender"/> (from given, so no signature check).</summary>
    static string BlockJson(string spec = "CANCUN", string nonce = "0x0", string gas = "0x5208", string balance = "0xde0b6b3a7640000",
        bool senderInPreState = true) => $$"""
    {
      "chainId": 1, "spec": "{{spec}}", "source": "unit test",
      "env": { "number": 19500000, "coinbase": "0x00000000000000000000000000000000000c0ffe", "timestamp": 1711000000,
               "gasLimit": 30000000, "baseFeePerGas": 7, "difficulty": "0x0",
               "prevRandao": "0x0000000000000000000000000000000000000000000000000000000000000001",
               "excessBlobGas": 0, "parentBeaconBlockRoot": "0x0000000000000000000000000000000000000000000000000000000000000002" },
      "expected": { "gasUsed": 21000 },
      "transactions": [ { "type": "0x2", "from": "{{Sender}}", "to": "0x0000000000000000000000000000000000000b0b",
                          "nonce": "{{nonce}}", "gas": "{{gas}}", "maxFeePerGas": "0x64", "maxPriorityFeePerGas": "0x1",
                          "value": "0x1", "input": "0x", "chainId": "0x1", "accessList": [], "v": "0x0", "r": "0x1", "s": "0x1" } ],
      "withdrawals": [],
      "preState": { {{(senderInPreState ? $"\"{Sender}\": {{ \"balance\": \"{balance}\", \"nonce\": 0, \"codeHash\": null, \"code\": null, \"storage\": {{}} }}" : "")}} },
      "blockHashes": {}
    }
    """;

    string Write(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    BlockFileOutcome Run(string json, string name = "19500000.json") =>
        new BlockFileRunner().Run(Write(name, json), SerialTransactionsExecutor.Instance);

    [Fact]
    public void The_minimal_block_passes() => Assert.True(Run(BlockJson()).Ok, Run(BlockJson()).Error);

    [Fact]
    public void Unknown_spec_is_named()
    {
        var outcome = Run(BlockJson(spec: "FOOBAR"));
        Assert.False(outcome.Ok);
        Assert.Contains("block 19500000", outcome.Error);
        Assert.Contains("unknown spec 'FOOBAR'", outcome.Error);
    }

    [Fact]
    public void Spec_disagreeing_with_the_mainnet_schedule_is_named()
    {
        var outcome = Run(BlockJson(spec: "SHANGHAI"));
        Assert.Contains("disagrees with the mainnet schedule (Cancun", outcome.Error);
    }

    [Fact]
    public void Sender_missing_from_the_pre_state_is_named()
    {
        var outcome = Run(BlockJson(senderInPreState: false));
        Assert.False(outcome.Ok);
        Assert.Contains("block 19500000, transaction 0", outcome.Error);
        Assert.Contains($"sender {Sender} is missing from preState", outcome.Error);
    }

    [Fact]
    public void Wrong_nonce_and_insufficient_balance_are_named()
    {
        var nonce = Run(BlockJson(nonce: "0x3"));
        Assert.Contains("transaction 0", nonce.Error);
        Assert.Contains("nonce 3 does not match the sender's nonce 0", nonce.Error);
        var poor = Run(BlockJson(balance: "0x10"));
        Assert.Contains("transaction 0", poor.Error);
        Assert.Contains("insufficient funds", poor.Error);
    }

    [Fact]
    public void Malformed_and_oversized_fields_are_named_with_their_path()
    {
        var bad = Run(BlockJson(gas: "0xzz"));
        Assert.False(bad.Ok);
        Assert.Contains("19500000.json", bad.Error);
        Assert.Contains("transactions[0].gas", bad.Error);
        var huge = Run(BlockJson(nonce: "0x1" + new string('0', 16)));
        Assert.Contains("transactions[0].nonce", huge.Error);
        Assert.Contains("does not fit 64 bits", huge.Error);
        var notJson = Run("{ not json");
        Assert.Contains("invalid JSON", notJson.Error);
    }

    [Fact]
    public void Gas_used_differences_are_reported()
    {
        var outcome = Run(BlockJson().Replace("\"gasUsed\": 21000", "\"gasUsed\": 21001", StringComparison.Ordinal));
        Assert.Contains("gasUsed 21000 != expected 21001", outcome.Error);
    }

    [Fact]
    public void A_batch_goes_on_after_a_bad_file()
    {
        Write("1.json", BlockJson(gas: "0xzz"));
        Write("2.json", BlockJson());
        var runner = new BlockFileRunner();
        var outcomes = BlockFileLoader.FindFiles(_dir).Select(p => runner.Run(p, SerialTransactionsExecutor.Instance)).ToList();
        Assert.Equal([false, true], outcomes.Select(o => o.Ok));
    }

    [Fact]
    public void Code_hash_without_code_is_a_load_error()
    {
        var json = BlockJson().Replace("\"codeHash\": null", "\"codeHash\": \"0x0000000000000000000000000000000000000000000000000000000000000001\"", StringComparison.Ordinal);
        var ex = Assert.Throws<FixtureFormatException>(() => BlockFileLoader.Parse(System.Text.Encoding.UTF8.GetBytes(json), "x.json"));
        Assert.Contains($"preState.{Sender}.codeHash", ex.Message);
    }
}
