using System.CommandLine;
using ParallelEvm.Stress.Targets;

namespace ParallelEvm.Stress;

/// <summary>
/// <c>dotnet run -c Release --project perf/ParallelEvm.Stress -- [--target inprocess|node|cluster] [--duration S]
/// [--rate N] [--soak] …</c>: builds the scenarios, runs them, prints the summary (ending with <c>lost: N</c>) and
/// writes the reports. Exits with 1 when a threshold failed.
/// </summary>
static class Program
{
    static int Main(string[] args)
    {
        var target = new Option<string>("--target") { Description = "inprocess, node (one node on loopback) or cluster (3 nodes on loopback)", DefaultValueFactory = _ => "inprocess" };
        target.AcceptOnlyFromAmong("inprocess", "node", "cluster");
        var duration = new Option<double>("--duration") { Description = "Seconds of measured load (after the warm-up)", DefaultValueFactory = _ => 20 };
        var rate = new Option<int>("--rate") { Description = "Blocks per second of the steady ERC-20 scenario", DefaultValueFactory = _ => 4 };
        var soak = new Option<bool>("--soak") { Description = "Only the steady scenario at --rate, with a working-set growth threshold (< 10%)" };
        var warmUp = new Option<double?>("--warm-up") { Description = "Seconds of warm-up (default: a fifth of the duration, at most 3)" };
        var grace = new Option<double>("--grace") { Description = "Seconds a request may still answer after the load before it counts as lost", DefaultValueFactory = _ => 10 };
        var crashRate = new Option<double>("--crash-rate") { Description = "Share of executions whose executor the fault scenario crashes", DefaultValueFactory = _ => 0.05 };
        var txs = new Option<int>("--txs") { Description = "Transactions per generated block", DefaultValueFactory = _ => 100 };
        var executors = new Option<int>("--executors") { Description = "Executor actors per engine", DefaultValueFactory = _ => Environment.ProcessorCount };
        var reportFolder = new Option<string>("--report-folder") { Description = "Where the .txt, .md and .html reports go", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "pevm-stress") };
        var root = new RootCommand("pevm stress: NBomber-style load, fault and bad-input runs against the parallel EVM")
        {
            target, duration, rate, soak, warmUp, grace, crashRate, txs, executors, reportFolder,
        };
        root.SetAction(parse =>
        {
            StressOptions options;
            try
            {
                options = new StressOptions
                {
                    Target = parse.GetValue(target) switch { "node" => TargetKind.Node, "cluster" => TargetKind.Cluster, _ => TargetKind.InProcess },
                    Duration = TimeSpan.FromSeconds(parse.GetValue(duration)),
                    Rate = parse.GetValue(rate),
                    Soak = parse.GetValue(soak),
                    WarmUp = parse.GetValue(warmUp) is { } w ? TimeSpan.FromSeconds(w) : null,
                    Grace = TimeSpan.FromSeconds(parse.GetValue(grace)),
                    CrashRate = parse.GetValue(crashRate),
                    TxsPerBlock = parse.GetValue(txs),
                    Executors = parse.GetValue(executors),
                    ReportFolder = parse.GetValue(reportFolder)!,
                }.Validate();
            }
            catch (ArgumentOutOfRangeException ex)
            {
                Console.Error.WriteLine($"stress: {ex.ParamName} {ex.Message.Split(" (Parameter")[0]}");
                return 2;
            }
            var result = StressRun.RunAsync(options, Console.Out).GetAwaiter().GetResult();
            return result.Passed ? 0 : 1;
        });
        return root.Parse(args).Invoke();
    }
}
