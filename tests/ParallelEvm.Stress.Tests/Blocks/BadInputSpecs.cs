using ParallelEvm.Stress.Blocks;
using ParallelEvm.Stress.Scenarios;

namespace ParallelEvm.Stress.Tests.Blocks;

/// <summary>Each bad input gets its own clear error (and the controls go through), independently of any load.</summary>
public class BadInputSpecs
{
    static readonly IReadOnlyList<BlockCase> Cases = BadInputs.All();

    static BlockCase Case(string name) => Cases.Single(c => c.Name == name);

    [Theory]
    [InlineData("malformed json: truncated", BadInputKind.MalformedJson, "invalid JSON")]
    [InlineData("malformed json: not a number", BadInputKind.MalformedJson, "transactions[0].nonce")]
    [InlineData("truncated rlp", BadInputKind.MalformedRlp, "RLP")]
    [InlineData("invalid signature: high s", BadInputKind.InvalidSignature, "above n/2 (EIP-2)")]
    [InlineData("invalid signature: not from", BadInputKind.InvalidSignature, "transaction 7")]
    [InlineData("unknown fork", BadInputKind.UnknownFork, "ATLANTIS")]
    public void Payloads_the_front_door_must_refuse_are_refused_with_their_kind(string name, BadInputKind kind, string mention)
    {
        var error = Assert.Throws<BadBlockInputException>(() => BlockDecoder.Decode(Case(name).Payload));
        Assert.Equal(kind, error.Kind);
        Assert.Contains(mention, error.Message);
        Assert.Equal(new RejectedBeforeExecution(kind), Case(name).Expected);
    }

    [Theory]
    [InlineData("nonce gap", "nonce")]
    [InlineData("gas over block limit", "transaction 20 is invalid: gasLimit 30000001 exceeds the block gas limit 30000000")]
    [InlineData("oversized initcode", "transaction 10 is invalid: initcode size 49153 exceeds 49152 (EIP-3860)")]
    [InlineData("sender missing from pre-state", "transaction 25 is invalid: insufficient funds: balance 0")]
    public void Blocks_the_engine_must_reject_carry_the_serial_executors_error(string name, string mention)
    {
        var expected = Assert.IsType<MatchesSerial>(Case(name).Expected);
        Assert.False(expected.Serial.Succeeded);
        Assert.Contains(mention, expected.Serial.Error);
    }

    [Theory]
    [InlineData("valid json")]
    [InlineData("valid rlp")]
    public void The_controls_decode_to_the_signed_block_and_its_senders(string name)
    {
        var signed = SignedBlock.Create(8, seed: 1);
        var request = BlockDecoder.Decode(Case(name).Payload);
        Assert.Equal(signed.Txs.Select(t => t.Sender), request.Transactions.Select(t => t.Sender));
        Assert.Equal(signed.Txs.Select(t => t.Value), request.Transactions.Select(t => t.Value));
        Assert.Equal(8 * 21_000, Assert.IsType<MatchesSerial>(Case(name).Expected).Serial.GasUsed);
    }

    [Fact]
    public void A_result_that_differs_from_serial_fails_the_check_and_names_the_difference()
    {
        var a = ValidBlocks.Erc20(2, 10);
        var otherResult = ((MatchesSerial)a[1].Expected).Serial;
        var verdict = ResultCheck.Check(a[0], otherResult);
        Assert.True(verdict.IsError);
        Assert.Equal("differs-from-serial", verdict.StatusCode);
        Assert.StartsWith("erc20 s1: ", verdict.Message);
    }

    [Fact]
    public void An_accepted_invalid_block_fails_the_check()
    {
        var valid = ((MatchesSerial)ValidBlocks.Erc20(1, 10)[0].Expected).Serial;
        var verdict = ResultCheck.Check(Case("nonce gap"), valid);
        Assert.Equal("accepted-invalid-block", verdict.StatusCode);
        Assert.True(verdict.IsError);
    }
}
