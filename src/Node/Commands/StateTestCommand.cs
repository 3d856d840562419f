using System.CommandLine;
using System.Text.Json;
using ParallelEvm.Node.Cli;
using ParallelEvm.State.Json;
using ParallelEvm.Vm.StateTests;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>pevm statetest &lt;file-or-dir&gt;... [--fork F]... [--filter S] [--json] [--write-known-failures FILE]</c>:
/// runs ethereum/tests GeneralStateTests, prints one line per failure and a last summary line
/// "N passed, M failed, K skipped"; exits with 1 when anything failed.
/// </summary>
static class StateTestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Fixture files or folders (searched recursively for *.json)",
            Arity = ArgumentArity.OneOrMore,
        };
        var forks = new Option<string[]>("--fork")
        {
            Description = $"Fork key to run; repeatable (default: {string.Join(", ", StateTestLoader.SupportedForks)})",
            AllowMultipleArgumentsPerToken = false,
        };
        forks.AcceptOnlyFromAmong([.. StateTestLoader.SupportedForks]);
        var filter = new Option<string?>("--filter") { Description = "Run only vectors whose id (path::test::fork::dNgNvN) contains this text" };
        var json = new Option<bool>("--json") { Description = "Print failures and the summary as JSON lines" };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Fixture files run at once (default: processor count)" };
        var writeKnown = new Option<string?>("--write-known-failures")
        {
            Description = "Write the ids of all failing vectors to this file (the state-test ratchet's known-failures list)",
        };

        var command = new Command("statetest", "Run Ethereum GeneralStateTests fixtures against the VM")
        {
            paths, forks, filter, json, jobs, writeKnown,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(forks) is { Length: > 0 } f ? f : null,
            parse.GetValue(filter),
            parse.GetValue(json),
            parse.GetValue(jobs),
            parse.GetValue(writeKnown)));
        return command;
    }

    static int Run(string[] paths, string[]? forks, string? filter, bool json, int? jobs, string? knownFailuresFile)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p) || Directory.Exists(p)) continue;
            Console.Error.WriteLine($"no such fixture file or folder: {p}");
            return 2;
        }

        var runner = new StateTestRunner(forks, filter, parallelism: jobs);
        var summary = new StateTestSummary();
        var failures = knownFailuresFile is null ? null : new List<VectorOutcome>();
        bool rich = Terminal.IsRich(json);
        var table = rich ? new StateTestTable() : null;
        int fileCount = rich ? paths.Sum(p => StateTestLoader.FindFiles(p).Count) : 0;
        RunProgress.Run(rich, "statetest", fileCount, progress =>
        {
            foreach (var file in runner.Run(paths))
            {
                progress.Current(file.RelativePath);
                summary.Add(file);
                table?.Add(file);
                if (file.Note is { } note) progress.Line(json ? JsonLine(("skip", file.RelativePath), ("note", note)) : $"SKIP {file.RelativePath}: {note}", Styles.Skip);
                foreach (var v in file.Vectors)
                {
                    if (!v.Failed) continue;
                    failures?.Add(v);
                    progress.Line(json ? JsonLine(("fail", v.Id), ("message", v.Message)) : $"FAIL {v.Id}: {v.Message}", Styles.Failure);
                }
                progress.Advance();
            }
            return summary;
        });
        table?.Write();

        if (knownFailuresFile is not null)
        {
            KnownFailures.Write(knownFailuresFile, failures!,
                $"Known failing GeneralStateTests vectors (the ratchet of GeneralStateTestsTests).\n" +
                $"Regenerate: pevm statetest <GeneralStateTests dir> --write-known-failures <this file>\n" +
                $"Written {DateTime.UtcNow:yyyy-MM-dd} for {string.Join(" ", paths.Select(Path.GetFileName))}: {summary}");
        }

        Console.WriteLine(json
            ? JsonSerializer.Serialize(new Dictionary<string, int> { ["passed"] = summary.Passed, ["failed"] = summary.Failed, ["skipped"] = summary.Skipped })
            : summary.ToString());
        return summary.Failed > 0 ? 1 : 0;
    }

    static string JsonLine(params (string Key, string? Value)[] fields) =>
        JsonSerializer.Serialize(fields.ToDictionary(f => f.Key, f => f.Value));
}
