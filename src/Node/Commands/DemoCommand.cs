using System.CommandLine;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.Node.Cli;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>pevm demo [--txs N] [--executors N]</c> (the default command): generates the four reference workloads, runs each
/// serially and in parallel, checks that the results agree, and prints a table. Needs no input files.
/// </summary>
static class DemoCommand
{
    public static Command Create()
    {
        var txs = new Option<int>("--txs") { Description = "Transactions per workload", DefaultValueFactory = _ => 2_000 };
        var executors = new Option<int>("--executors") { Description = "Executor actors", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("demo", "Generate workloads, run them serially and in parallel, verify they agree") { txs, executors };
        command.SetAction(parse => Run(parse.GetValue(txs), parse.GetValue(executors)));
        return command;
    }

    public static int Run(int txs, int executors)
    {
        if (txs < 1 || executors < 1)
        {
            Console.Error.WriteLine("demo: --txs and --executors must be at least 1");
            return 2;
        }
        var options = new EngineOptions { Executors = executors, Shards = Math.Max(1, executors) };
        bool rich = Terminal.IsRich(json: false);
        Console.WriteLine($"pevm demo: {txs:N0} transactions per workload, {executors} executors, {Environment.ProcessorCount} cores");
        if (!rich) Console.WriteLine($"{"workload",-10} {"txs",7} {"gas",14} {"serial ms",10} {"parallel ms",12} {"speedup",8} {"re-exec",8} {"identical",10}");
        var kinds = new[] { WorkloadKind.Raw, WorkloadKind.Erc20, WorkloadKind.Amm, WorkloadKind.Chain };
        var reports = RunProgress.Run(rich, "demo", kinds.Length, progress =>
        {
            var done = new List<(string Name, BenchmarkReport Report)>();
            foreach (var kind in kinds)
            {
                var name = kind.ToString().ToLowerInvariant();
                progress.Current(name);
                var workload = WorkloadGenerator.Create(kind, txs);
                var r = WorkloadBenchmark.RunAsync(workload, options, runs: 3).GetAwaiter().GetResult();
                done.Add((name, r));
                if (!rich)
                {
                    progress.Line($"{name,-10} {r.Txs,7:N0} {r.Gas,14:N0} {r.SerialMs,10:F1} {r.ParallelMs,12:F1} {r.Speedup,7:F2}x {r.Counters.ReExecutions,8:N0} {(r.Identical ? "yes" : "NO"),10}");
                    if (!r.Identical) progress.Line($"  difference: {r.Difference}");
                }
                progress.Advance();
            }
            return done;
        });
        if (rich) DemoTable.Write(reports);
        bool allIdentical = reports.All(r => r.Report.Identical);
        Console.WriteLine(allIdentical ? "parallel == serial on every workload" : "MISMATCH: parallel differs from serial");
        return allIdentical ? 0 : 1;
    }
}
