using ParallelEvm.Stress.Scenarios;
using ParallelEvm.Stress.Targets;

namespace ParallelEvm.Stress.Tests;

/// <summary>
/// The default mix against three executor nodes and a client member on 127.0.0.1, with one node leaving two thirds
/// in: every block still gets the serial result (or its expected error) exactly once, nothing is lost.
/// </summary>
[Collection(StressRunCollection.Name)]
public class ClusterStressRunSpecs
{
    [Fact]
    public async Task A_node_leaving_mid_run_loses_nothing_and_fails_nothing_unexpectedly()
    {
        var console = new StringWriter();
        var options = new StressOptions
        {
            Target = TargetKind.Cluster,
            Duration = TimeSpan.FromSeconds(6),
            WarmUp = TimeSpan.FromSeconds(1),
            Grace = TimeSpan.FromSeconds(30),
            Rate = 2,
            TxsPerBlock = 30,
            CrashRate = 0.02,
            Executors = 2,
            ReportFolder = Path.Combine(Path.GetTempPath(), "pevm-stress-tests"),
            ReportFileName = $"cluster-spec-{Guid.NewGuid():N}",
        };

        var result = await StressRun.RunAsync(options, console);

        var output = console.ToString();
        Assert.True(result.Requests.Lost == 0, output);
        foreach (var s in result.ScenarioStats)
            Assert.True(s.AllFailCount == 0, $"{s.ScenarioName}: {string.Join("; ", s.StatusCodes.Where(c => c.IsError).Select(c => $"{c.StatusCode}: {c.Message}"))}");
        Assert.True(result.Passed, output);
        var left = result.Scenario(StressMix.NodeLeave);
        Assert.Equal(1, left.Counters.GetValueOrDefault("nodes left"));
        Assert.Contains("left the cluster", Assert.Single(left.StatusCodes).Message);
        Assert.True(result.Scenario(StressMix.Steady).AllOkCount > 0);
        foreach (var f in result.ReportFiles) File.Delete(f);
    }
}
