using ParallelEvm.Stress.Framework;
using ParallelEvm.Stress.Reports;

namespace ParallelEvm.Stress.Tests.Framework;

/// <summary>Short runs (about a second each) of toy scenarios: what is counted, what fails a run, what is lost.</summary>
public class StressRunnerSpecs
{
    static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    static Task<RunResult> Run(TimeSpan grace, params ScenarioProps[] scenarios) =>
        StressRunner.RegisterScenarios(scenarios)
            .WithoutReports()
            .WithConsole(TextWriter.Null)
            .WithLostGracePeriod(grace)
            .WithReportingInterval(TimeSpan.FromMilliseconds(250))
            .RunAsync();

    [Fact]
    public async Task An_injected_scenario_runs_exactly_its_planned_invocations_each_with_its_own_id()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<long>();
        var scenario = Scenario.Create("inject", async ctx =>
        {
            ids.Add(ctx.RequestId);
            await Task.Delay(5);
            return Response.Ok(sizeBytes: 3);
        }).WithoutWarmUp().WithLoadSimulations(Simulation.Inject(20, S(1), S(1)));

        var result = await Run(S(5), scenario);

        var stats = result.Scenario("inject");
        Assert.Equal(20, stats.AllOkCount);
        Assert.Equal(0, stats.AllFailCount);
        Assert.Equal(60, stats.Ok.DataTransfer.AllBytes);
        Assert.Equal(new RequestCounts(20, 20, 0, 0, 0, 0), stats.Requests);
        Assert.Equal(20, ids.Distinct().Count());
        Assert.True(result.Passed);
        Assert.Equal("lost: 0", ConsoleReport.Render(result).TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public async Task A_request_that_never_answers_is_lost_and_named_in_the_summary()
    {
        var scenario = Scenario.Create("hangs-once", async ctx =>
        {
            if (ctx.InvocationNumber == 3) await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return Response.Ok();
        }).WithoutWarmUp().WithLoadSimulations(Simulation.Inject(10, S(1), S(0.5)))
          .WithThresholds(Threshold.Create(stats => stats.Lost == 0));

        var result = await Run(S(1), scenario);

        var stats = result.Scenario("hangs-once");
        Assert.Equal(1, stats.Lost);
        Assert.Equal(4, stats.AllOkCount);
        Assert.Single(result.LostRequestIds["hangs-once"]);
        Assert.False(result.Passed);
        var threshold = Assert.Single(result.Thresholds);
        Assert.False(threshold.Passed);
        Assert.Equal("stats => stats.Lost == 0", threshold.Description);
        Assert.Contains("lost: 1", ConsoleReport.Render(result));
    }

    [Fact]
    public async Task A_failed_step_ends_the_invocation_with_that_steps_status_code()
    {
        int secondStepRuns = 0;
        var scenario = Scenario.Create("steps", async ctx =>
        {
            await Step.Run("first", ctx, () => Task.FromResult(Response.Fail(statusCode: "503", message: "unavailable")));
            await Step.Run("second", ctx, () => { Interlocked.Increment(ref secondStepRuns); return Task.FromResult(Response.Ok()); });
            return Response.Ok();
        }).WithoutWarmUp().WithLoadSimulations(Simulation.Inject(10, S(1), S(0.5)))
          .WithThresholds(Threshold.Create("first", step => step.Fail.Request.Count == 0));

        var result = await Run(S(5), scenario);

        var stats = result.Scenario("steps");
        Assert.Equal(5, stats.AllFailCount);
        Assert.Equal(0, secondStepRuns);
        Assert.Null(stats.Step("second"));
        Assert.Equal(5, stats.Step("first")!.Fail.Request.Count);
        var code = Assert.Single(stats.StatusCodes);
        Assert.Equal(("503", true, 5L, "unavailable"), (code.StatusCode, code.IsError, code.Count, code.Message));
        Assert.Equal(new RequestCounts(5, 0, 5, 0, 0, 0), stats.Requests);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task An_exception_is_a_failed_answer_not_a_crash_of_the_run()
    {
        var scenario = Scenario.Create("throws", async ctx =>
        {
            await Step.Run("boom", ctx, () => Task.FromException<Response>(new InvalidDataException("bad bytes")));
            return Response.Ok();
        }).WithoutWarmUp().WithLoadSimulations(Simulation.Inject(4, S(1), S(0.5)));

        var result = await Run(S(5), scenario);

        var code = Assert.Single(result.Scenario("throws").StatusCodes);
        Assert.Equal("exception", code.StatusCode);
        Assert.Equal("InvalidDataException: bad bytes", code.Message);
        Assert.Equal(2, result.Scenario("throws").AllFailCount);
    }

    [Fact]
    public async Task Keep_constant_never_runs_more_copies_than_asked_and_warm_up_is_not_measured()
    {
        int running = 0, most = 0;
        var scenario = Scenario.Create("closed", async ctx =>
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(20);
            Interlocked.Decrement(ref running);
            return Response.Ok();
        }).WithWarmUpDuration(S(0.3)).WithLoadSimulations(Simulation.KeepConstant(2, S(0.6)));

        var result = await Run(S(5), scenario);

        var stats = result.Scenario("closed");
        // Never more than asked; on a loaded machine the two copies may not happen to overlap, so 1 is possible too.
        Assert.InRange(most, 1, 2);
        Assert.True(stats.Requests.WarmUp > 0);
        Assert.Equal(stats.Requests.Sent - stats.Requests.WarmUp, stats.AllRequestCount);
        Assert.Equal(0, stats.Lost);
    }

    [Fact]
    public async Task A_warm_up_longer_than_the_plan_runs_the_plan_again()
    {
        var scenario = Scenario.Create("short-plan", _ => Task.FromResult(Response.Ok()))
            .WithWarmUpDuration(S(1)).WithLoadSimulations(Simulation.Inject(10, S(1), S(0.5)));

        var stats = (await Run(S(5), scenario)).Scenario("short-plan");

        Assert.True(stats.Requests.WarmUp > 5, $"warm-up sent {stats.Requests.WarmUp}: the plan ran only once");
        Assert.Equal(5, stats.AllOkCount);
    }

    static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
