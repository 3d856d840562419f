using ParallelEvm.Actors;
using ParallelEvm.Stress.Blocks;
using ParallelEvm.Stress.Framework;
using ParallelEvm.Stress.Targets;

namespace ParallelEvm.Stress.Scenarios;

/// <summary>
/// The one scenario body every block scenario shares, in three named steps: <c>decode</c> (payloads that are not
/// already decoded), <c>execute</c> on the target, <c>verify</c> against the precomputed expectation.
/// </summary>
public static class BlockScenarios
{
    /// <param name="stepName">The execute step's name for a case (e.g. one step per conflict rate); "execute" by default.</param>
    public static ScenarioProps Create(string name, BlockDeck deck, IBlockTarget target, bool injectFaults = false, Func<BlockCase, string>? stepName = null) =>
        Scenario.Create(name, async ctx =>
        {
            var block = deck.Next();
            var request = block.Payload is DecodedPayload decoded
                ? decoded.Request
                : (await Step.Run("decode", ctx, () => Task.FromResult(ResultCheck.Decode(block))).ConfigureAwait(false)) is { Payload: { } r } ? r : null;
            if (request is null) return Response.Ok(statusCode: "rejected: " + block.Name, sizeBytes: block.Payload.SizeBytes);

            var executed = await Step.Run(stepName?.Invoke(block) ?? "execute", ctx, async () =>
            {
                var result = await target.ExecuteAsync(new BlockSubmission(ctx.RequestId, request, injectFaults), ctx.CancellationToken).ConfigureAwait(false);
                return Response.Ok(result, sizeBytes: block.Payload.SizeBytes);
            }).ConfigureAwait(false);
            var result = executed.Payload!;
            Count(ctx, result.Counters);

            return await Step.Run("verify", ctx, () => Task.FromResult(ResultCheck.Check(block, result, target.ReturnsTransactionDiffs))).ConfigureAwait(false);
        });

    static void Count(ScenarioContext ctx, EngineCounters counters)
    {
        ctx.AddToCounter("transactions executed", counters.Executions);
        if (counters.ReExecutions > 0) ctx.AddToCounter("re-executions", counters.ReExecutions);
        if (counters.ExecutorRestarts > 0) ctx.AddToCounter("executor restarts", counters.ExecutorRestarts);
        if (counters.FellBackToSerial) ctx.AddToCounter("blocks run serially (adaptive)", 1);
    }
}
