using ParallelEvm.Actors;
using ParallelEvm.Stress.Blocks;
using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Scenarios;

/// <summary>
/// The verdict on one executed block against its expectation: a valid block must give the serial result bit for bit
/// (receipts, gas, logs, state diff); an invalid one the serial executor's error. An expected error is an ok answer
/// whose status code names the bad input.
/// </summary>
public static class ResultCheck
{
    public const string MatchesSerial = "matches-serial";

    /// <param name="transactionDiffs">Whether the target returns each transaction's write set (see <see cref="ResultComparison"/>).</param>
    public static Response Check(BlockCase block, BlockExecutionResult actual, bool transactionDiffs = true)
    {
        switch (block.Expected)
        {
            case Blocks.MatchesSerial { Serial: { Succeeded: true } serial }:
                if (!actual.Succeeded) return Response.Fail("engine-error", $"{block.Name}: {actual.Error}");
                return ResultComparison.FirstDifference(serial, actual, transactionDiffs) is { } difference
                    ? Response.Fail("differs-from-serial", $"{block.Name}: {difference}")
                    : Response.Ok(statusCode: MatchesSerial);
            case Blocks.MatchesSerial { Serial: var serial }:
                if (actual.Succeeded) return Response.Fail("accepted-invalid-block", $"{block.Name}: expected '{serial.Error}'");
                if (actual.Error != serial.Error || actual.FailedTransaction != serial.FailedTransaction)
                    return Response.Fail("wrong-error", $"{block.Name}: expected '{serial.Error}', got '{actual.Error}'");
                return Response.Ok(statusCode: Rejected(block), message: actual.Error ?? "");
            case RejectedBeforeExecution refused:
                return Response.Fail("executed-bad-input", $"{block.Name}: should have been refused as {refused.Kind}");
            default:
                throw new ArgumentException($"unknown expectation {block.Expected.GetType().Name}", nameof(block));
        }
    }

    /// <summary>The decoder's verdict: the request to execute, or (for an expected refusal) an ok answer with no request.</summary>
    public static Response<BlockExecutionRequest> Decode(BlockCase block)
    {
        try
        {
            var request = BlockDecoder.Decode(block.Payload);
            return block.Expected is RejectedBeforeExecution refused
                ? Response.Fail<BlockExecutionRequest>("accepted-bad-input", $"{block.Name}: decoded, but should have been refused as {refused.Kind}")
                : Response.Ok(request, sizeBytes: block.Payload.SizeBytes);
        }
        catch (BadBlockInputException ex)
        {
            return block.Expected is RejectedBeforeExecution refused && refused.Kind == ex.Kind
                ? Response.Ok<BlockExecutionRequest>(null!, Rejected(block), block.Payload.SizeBytes, $"{ex.Kind}: {ex.Message}")
                : Response.Fail<BlockExecutionRequest>("decode-error", $"{block.Name}: {ex.Kind}: {ex.Message}");
        }
    }

    static string Rejected(BlockCase block) => "rejected: " + block.Name;
}
