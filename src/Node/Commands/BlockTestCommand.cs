using System.CommandLine;
using System.Text.Json;
using ParallelEvm.Node.Cli;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.BlockTests;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>pevm blocktest &lt;file-or-dir&gt;... [--filter S] [--json] [--jobs N] [--write-known-failures FILE]</c>:
/// runs ethereum/tests BlockchainTests, prints one line per failure and ends with "N passed, M failed"
/// (with <c>--json</c>, JSON lines and a last JSON summary). Exit code 1 when any test failed.
/// </summary>
static class BlockTestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Fixture files or folders (searched recursively for *.json)", Arity = ArgumentArity.OneOrMore };
        var filter = new Option<string?>("--filter") { Description = "Run only tests whose id (path::name) contains this text" };
        var json = new Option<bool>("--json") { Description = "Print failures and the summary as JSON lines" };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Fixture files run at once (default: processor count)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print every rejected block: the expected exception and the reason found" };
        var writeKnown = new Option<string?>("--write-known-failures") { Description = "Write the ids of all failing tests to this file (the ratchet's list)" };
        var command = new Command("blocktest", "Run Ethereum BlockchainTests fixtures (header checks, execution, roots, chain import)")
        {
            paths, filter, json, jobs, verbose, writeKnown,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(filter), parse.GetValue(json), parse.GetValue(jobs),
            parse.GetValue(verbose), parse.GetValue(writeKnown)));
        return command;
    }

    static int Run(string[] paths, string? filter, bool json, int? jobs, bool verbose, string? knownFailuresFile)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p) || Directory.Exists(p)) continue;
            Console.Error.WriteLine($"no such fixture file or folder: {p}");
            return 2;
        }
        var runner = new BlockchainTestRunner(filter: filter, parallelism: jobs);
        var files = paths.SelectMany(BlockchainTestLoader.FindFiles).ToList();
        bool rich = Terminal.IsRich(json);
        var all = RunProgress.Run(rich, "blocktest", files.Count, progress =>
        {
            var outcomes = new List<BlockTestOutcome>();
            // The runner's per-file entry point over the files, as BlockchainTestRunner.Run does, so progress counts files.
            var perFile = files.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, jobs ?? Environment.ProcessorCount))
                .Select(f => (f.RelativePath, Outcomes: runner.RunFile(f.Path, f.RelativePath)));
            foreach (var (file, fileOutcomes) in perFile)
            {
                progress.Current(file);
                foreach (var outcome in fileOutcomes)
                {
                    outcomes.Add(outcome);
                    if (verbose && !json)
                        foreach (var (block, expected, reason) in outcome.Rejections)
                            progress.Line($"REJECTED {outcome.Id} block {block}: {reason} (expected: {expected ?? "accepted"})");
                    if (outcome.Passed) continue;
                    progress.Line(json
                        ? JsonSerializer.Serialize(new Dictionary<string, string?> { ["fail"] = outcome.Id, ["message"] = outcome.Message })
                        : $"FAIL {outcome.Id}: {outcome.Message}", Styles.Failure);
                }
                progress.Advance();
            }
            return outcomes;
        });
        if (rich) BlockTestTable.Write(all);
        int passed = all.Count(o => o.Passed), failed = all.Count - passed;
        if (knownFailuresFile is not null)
        {
            BlockTestKnownFailures.Write(knownFailuresFile, all,
                "Known failing BlockchainTests (the ratchet of BlockchainTestsTests); the goal is an empty list.\n" +
                "Regenerate: pevm blocktest <BlockchainTests dir> --write-known-failures <this file>\n" +
                $"Written {DateTime.UtcNow:yyyy-MM-dd}: {passed} passed, {failed} failed");
        }
        Console.WriteLine(json
            ? JsonSerializer.Serialize(new Dictionary<string, int> { ["passed"] = passed, ["failed"] = failed })
            : $"{passed} passed, {failed} failed");
        return failed > 0 ? 1 : 0;
    }
}
