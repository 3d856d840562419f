using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ParallelEvm.Actors;
using ParallelEvm.Node.Cli;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>pevm blocks &lt;file-or-dir&gt;... [--mode serial|parallel|both] [--executors N] [--runs N] [--json] [--check-state-root] [--verify-senders] [--no-graph] [--no-adaptive]</c>:
/// executes block files (<c>.json</c>, <c>.json.gz</c>) and checks them against their <c>expected</c> values, after a
/// warm-up run, <c>--runs</c> times per mode (median times). One line per block, in <c>--mode both</c> a speedup and
/// re-execution line, then "N passed, M failed" (with <c>--json</c> the last line is one JSON object, with the
/// engine's counters per block). Exit code 1 when any failed.
/// </summary>
static class BlocksCommand
{
    /// <summary>
    /// Builds the parallel executor for <c>--executors N</c>. Null until the parallel engine is wired in
    /// (through <see cref="ITransactionsExecutor"/>); parallel and both modes then fail with a clear message.
    /// </summary>
    public static Func<EngineOptions, ITransactionsExecutor>? ParallelExecutorFactory { get; set; }

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Block files or folders (searched recursively for *.json, *.json.gz)", Arity = ArgumentArity.OneOrMore };
        var mode = new Option<string>("--mode") { Description = "serial, parallel or both (both compares parallel with serial)", DefaultValueFactory = _ => "serial" };
        mode.AcceptOnlyFromAmong("serial", "parallel", "both");
        var executors = new Option<int>("--executors") { Description = "Executor count for the parallel engine (default: processor count)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var runs = new Option<int>("--runs") { Description = "Timed executions per mode after one warm-up, alternating serial and parallel; times are medians", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "End with one JSON object with every block's result" };
        var checkStateRoot = new Option<bool>("--check-state-root") { Description = "Check the state root even when the file does not mark its pre-state as full" };
        var verifySenders = new Option<bool>("--verify-senders") { Description = "Recover every sender from its signature and compare with 'from'" };

        var command = new Command("blocks", "Execute block files and check gasUsed, logsBloom, receiptsRoot (and stateRoot with a full pre-state)")
        {
            paths, mode, executors, runs, json, checkStateRoot, verifySenders,
        };
        var choices = new EngineChoices();
        choices.AddTo(command);
        command.SetAction(parse => Run(
            parse.GetValue(paths)!, parse.GetValue(mode)!, parse.GetValue(executors), parse.GetValue(runs), parse.GetValue(json),
            parse.GetValue(checkStateRoot), parse.GetValue(verifySenders),
            choices.Apply(parse, new EngineOptions { Executors = Math.Max(1, parse.GetValue(executors)), Shards = Math.Max(2, parse.GetValue(executors)) })));
        return command;
    }

    static int Run(string[] paths, string mode, int executors, int rounds, bool json, bool checkStateRoot, bool verifySenders, EngineOptions engine)
    {
        if (executors < 1)
        {
            Console.Error.WriteLine($"--executors must be at least 1, got {executors}");
            return 2;
        }
        if (rounds < 1)
        {
            Console.Error.WriteLine($"--runs must be at least 1, got {rounds}");
            return 2;
        }
        ITransactionsExecutor? parallel = null;
        if (mode != "serial")
        {
            if (ParallelExecutorFactory is null)
            {
                Console.Error.WriteLine($"--mode {mode}: parallel engine not wired yet (only --mode serial runs today)");
                return 2;
            }
            parallel = ParallelExecutorFactory(engine);
        }

        var files = new List<string>();
        foreach (var p in paths)
        {
            try { files.AddRange(BlockFileLoader.FindFiles(p)); }
            catch (FileNotFoundException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }
        }

        var runner = new BlockFileRunner { CheckStateRoot = checkStateRoot, VerifySenders = verifySenders };
        bool rich = Terminal.IsRich(json);
        var done = RunProgress.Run(rich, "blocks", files.Count, progress =>
        {
            var finished = new List<BlockRun>(files.Count);
            foreach (var file in files)
            {
                progress.Current(Path.GetFileName(file));
                var run = RunOne(runner, file, mode, parallel, rounds);
                finished.Add(run);
                // Rich output lists every block in the table; above the bar only what needs attention.
                if (!rich) progress.Line(run.Line);
                else if (!run.Ok) progress.Line($"FAIL {run.Name}: {run.Error}", Styles.Failure);
                progress.Advance();
            }
            return finished;
        });
        int passed = done.Count(r => r.Ok), failed = done.Count - passed;
        var summary = BlocksSummary.Of(done);
        if (rich) BlocksTable.Write(done, mode, rounds, summary);

        if (json)
        {
            var result = new Dictionary<string, object?> { ["passed"] = passed, ["failed"] = failed, ["blocks"] = done.Select(r => r.ToJson()).ToList() };
            summary.AddTo(result);
            Console.WriteLine(JsonSerializer.Serialize(result));
        }
        else
        {
            if (mode == "both") Console.WriteLine(summary.Line());
            Console.WriteLine($"{passed} passed, {failed} failed");
        }
        return failed > 0 ? 1 : 0;
    }

    static BlockRun RunOne(BlockFileRunner runner, string file, string mode, ITransactionsExecutor? parallel, int rounds)
    {
        BlockFile? loaded = null;
        string? loadError = null;
        try { loaded = BlockFileLoader.Load(file); }
        catch (ParallelEvm.State.Json.FixtureFormatException ex) { loadError = ex.Message; }

        var measured = loaded is null ? null : BlocksRounds.Run(runner, loaded, mode is "serial" or "both", mode is "parallel" or "both" ? parallel : null, rounds);
        var (serial, par) = (measured?.Serial, measured?.Parallel);
        var main = serial ?? par;
        bool ok = main is { Ok: true } && (par is null || par.Ok) && measured!.Difference is null;
        string? error = loadError ?? main?.Error ?? par?.Error;
        // BlocksRounds compares the results only when both runs passed, so a difference is the block's only error.
        if (measured?.Difference is { } diff) error = $"{serial!.File}: parallel differs from serial: {diff}";

        double? serialMs = measured?.SerialMs, parallelMs = measured?.ParallelMs;
        double? mainMs = serialMs ?? parallelMs, mainTotalMs = measured?.SerialTotalMs ?? measured?.ParallelTotalMs;
        double? speedup = serialMs is not null && parallelMs > 0 ? serialMs / parallelMs : null;
        var name = main?.File ?? Path.GetFileName(file);
        var inv = CultureInfo.InvariantCulture;
        var timing = main is null ? "" : string.Format(inv, "{0,13:N0} gas {1,9:F1} ms {2,7:F1} Mgas/s (total {3:F1} ms)",
            main.GasUsed, mainMs, mainMs > 0 ? main.GasUsed / 1000.0 / mainMs : 0, mainTotalMs);
        if (speedup is not null) timing += string.Format(inv, "  parallel {0:F1} ms ({1:F2}x)", parallelMs, speedup);
        var verdict = ok ? $"OK ({string.Join(", ", main!.Checked)})" : $"FAIL {error}";
        var line = string.Format(inv, "{0,-22} {1,10} {2,-16} {3,6} txs {4} {5}",
            name, main?.Number?.ToString(inv) ?? "?", main?.Fork?.ToString() ?? "?", main?.Transactions ?? 0, timing, verdict);
        return new BlockRun(name, main?.Number, main?.Fork?.ToString(), main?.Transactions, main?.GasUsed,
            serialMs, parallelMs, speedup, ok, error, line, measured?.Counters);
    }
}
