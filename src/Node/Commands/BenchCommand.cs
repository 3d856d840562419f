using System.CommandLine;
using System.Text.Json;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.Node.Cli;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>pevm bench --workload raw|erc20|amm|chain|mixed [--txs N] [--executors N] [--conflict-rate R] [--runs N] [--json] [--no-graph] [--no-adaptive]</c>:
/// generates a workload, runs it serially and in parallel, checks they agree, and prints times, speedup, Mgas/s and
/// the engine's counters. With --json the last line is one JSON object. With <c>--memory</c> it measures memory
/// instead of time (see <see cref="BenchMemory"/>).
/// </summary>
static class BenchCommand
{
    public static Command Create()
    {
        var workload = new Option<string>("--workload") { Description = "raw, erc20, amm, chain or mixed", DefaultValueFactory = _ => "erc20" };
        workload.AcceptOnlyFromAmong("raw", "erc20", "amm", "chain", "mixed");
        var txs = new Option<int>("--txs") { Description = "Transactions in the block", DefaultValueFactory = _ => 10_000 };
        var executors = new Option<int>("--executors") { Description = "Executor actors", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shards = new Option<int?>("--shards") { Description = "MVMemory shards (default: executors)" };
        var conflictRate = new Option<double>("--conflict-rate") { Description = "For mixed: fraction of conflicting transactions (0..1)", DefaultValueFactory = _ => 0.1 };
        var runs = new Option<int>("--runs") { Description = "Measured runs of each mode (the median is reported)", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "End with one JSON object on the last line" };
        var memory = new Option<bool>("--memory")
        {
            Description = "Measure memory instead of time: peak working set of a parallel run, GC-allocated bytes per transaction, and memory after consecutive blocks",
        };
        var memoryBlocks = new Option<int>("--memory-blocks") { Description = "With --memory: consecutive parallel blocks to watch for growth", DefaultValueFactory = _ => 20 };
        var command = new Command("bench", "Serial vs parallel on a generated workload")
        {
            workload, txs, executors, shards, conflictRate, runs, seed, json, memory, memoryBlocks,
        };
        var choices = new EngineChoices();
        choices.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(workload)!, parse.GetValue(txs), parse.GetValue(executors), parse.GetValue(shards),
            parse.GetValue(conflictRate), parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(json),
            parse.GetValue(memory) ? parse.GetValue(memoryBlocks) : null, options => choices.Apply(parse, options)));
        return command;
    }

    /// <param name="memoryBlocks">Set with --memory: the consecutive blocks of the memory report.</param>
    static int Run(string workloadName, int txs, int executors, int? shards, double conflictRate, int runs, int seed, bool json, int? memoryBlocks,
        Func<EngineOptions, EngineOptions> choose)
    {
        if (txs < 1 || executors < 1 || runs < 1 || conflictRate is < 0 or > 1 || memoryBlocks < 1)
        {
            Console.Error.WriteLine("bench: --txs, --executors, --runs and --memory-blocks must be at least 1, --conflict-rate within 0..1");
            return 2;
        }
        var kind = Enum.Parse<WorkloadKind>(workloadName, ignoreCase: true);
        bool rich = Terminal.IsRich(json);
        var workload = Busy.Run(rich, $"generating {txs:N0} {workloadName} transactions", () => WorkloadGenerator.Create(kind, txs, seed, conflictRate));
        var options = choose(new EngineOptions { Executors = executors, Shards = shards ?? Math.Max(1, executors) });
        if (memoryBlocks is { } blocks) return BenchMemory.Run(workload, options, blocks, json, rich);
        var report = Busy.Run(rich, $"{workload.Name}: {runs} serial and {runs} parallel runs (after a warm-up of each)",
            () => WorkloadBenchmark.RunAsync(workload, options, runs).GetAwaiter().GetResult());
        if (rich)
        {
            BenchView.Write(report, runs);
            return report.Identical ? 0 : 1;
        }
        var c = report.Counters;
        Console.WriteLine($"workload {report.Workload}: {report.Txs:N0} txs, {report.Gas:N0} gas, {report.Executors} executors");
        Console.WriteLine($"serial   {report.SerialMs,9:F1} ms  {report.SerialMgasPerSecond,8:F1} Mgas/s");
        Console.WriteLine($"parallel {report.ParallelMs,9:F1} ms  {report.ParallelMgasPerSecond,8:F1} Mgas/s  speedup {report.Speedup:F2}x");
        Console.WriteLine($"engine   executions {c.Executions:N0}, re-executions {c.ReExecutions:N0}, validations {c.Validations:N0}, aborts {c.Aborts:N0}, suspensions {c.Suspensions:N0}, messages {c.Messages:N0}{(c.FellBackToSerial ? ", fell back to serial" : "")}");
        Console.WriteLine($"phases   graph {c.GraphMs:F2} ms, Block-STM {c.ExecutionMs:F2} ms, assembly {c.AssemblyMs:F2} ms (last parallel run)");
        Console.WriteLine(report.Identical ? "parallel == serial: yes" : $"parallel == serial: NO ({report.Difference})");
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["workload"] = workloadName,
                ["txs"] = report.Txs,
                ["gas"] = report.Gas,
                ["executors"] = report.Executors,
                ["serialMs"] = Math.Round(report.SerialMs, 3),
                ["parallelMs"] = Math.Round(report.ParallelMs, 3),
                ["speedup"] = Math.Round(report.Speedup, 3),
                ["serialMgasPerSecond"] = Math.Round(report.SerialMgasPerSecond, 1),
                ["parallelMgasPerSecond"] = Math.Round(report.ParallelMgasPerSecond, 1),
                ["executions"] = c.Executions,
                ["reExecutions"] = c.ReExecutions,
                ["validations"] = c.Validations,
                ["aborts"] = c.Aborts,
                ["suspensions"] = c.Suspensions,
                ["fellBackToSerial"] = c.FellBackToSerial,
                ["graphMs"] = Math.Round(c.GraphMs, 3),
                ["executionMs"] = Math.Round(c.ExecutionMs, 3),
                ["assemblyMs"] = Math.Round(c.AssemblyMs, 3),
                ["identical"] = report.Identical,
            }));
        }
        return report.Identical ? 0 : 1;
    }
}
