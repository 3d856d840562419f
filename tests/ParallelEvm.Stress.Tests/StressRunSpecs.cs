using ParallelEvm.Stress.Blocks;
using ParallelEvm.Stress.Framework;
using ParallelEvm.Stress.Scenarios;

namespace ParallelEvm.Stress.Tests;

/// <summary>
/// The short stress run of the test suite: the default mix (steady blocks, bursts, conflict rates, executor crashes,
/// bad input) against the in-process engine for about 15 s. It asserts what must hold under any load: nothing lost,
/// no unexpected failure, faults really injected and survived, each bad input refused with its error. Never a latency.
/// </summary>
[Collection(StressRunCollection.Name)]
public class StressRunSpecs
{
    [Fact]
    public async Task The_default_mix_loses_nothing_and_fails_nothing_unexpectedly()
    {
        var console = new StringWriter();
        var options = new StressOptions
        {
            Duration = TimeSpan.FromSeconds(8),
            WarmUp = TimeSpan.FromSeconds(2),
            Grace = TimeSpan.FromSeconds(20),
            Rate = 3,
            TxsPerBlock = 50,
            CrashRate = 0.05,
            Executors = 2,
            ReportFolder = Path.Combine(Path.GetTempPath(), "pevm-stress-tests"),
            ReportFileName = $"spec-{Guid.NewGuid():N}",
        };

        var result = await StressRun.RunAsync(options, console);

        var output = console.ToString();
        Assert.True(result.Requests.Lost == 0, output);
        Assert.Contains("lost: 0", output);
        foreach (var s in result.ScenarioStats)
        {
            Assert.True(s.AllFailCount == 0, $"{s.ScenarioName}: {string.Join("; ", s.StatusCodes.Where(c => c.IsError).Select(c => $"{c.StatusCode}: {c.Message}"))}");
            Assert.True(s.AllOkCount > 0, $"{s.ScenarioName} answered nothing");
        }
        Assert.True(result.Passed, output);

        var crashes = result.Scenario(StressMix.Faults);
        Assert.True(crashes.Counters.GetValueOrDefault("executor restarts") > 0, "no executor crashed: the fault scenario tested nothing");
        Assert.All(crashes.StatusCodes, c => Assert.Equal(ResultCheck.MatchesSerial, c.StatusCode));

        var badInput = result.Scenario(StressMix.BadInput);
        foreach (var bad in BadInputs.All().Where(c => c.ExpectsError))
            Assert.Contains(badInput.StatusCodes, c => c.StatusCode == "rejected: " + bad.Name && !c.IsError);
        Assert.Contains(badInput.StatusCodes, c => c.StatusCode == ResultCheck.MatchesSerial);

        Assert.Equal(3, result.ReportFiles.Count);
        Assert.All(result.ReportFiles, f => Assert.True(new FileInfo(f).Length > 0));
        foreach (var f in result.ReportFiles) File.Delete(f);
    }
}
