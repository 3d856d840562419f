using System.Runtime.CompilerServices;
using ParallelEvm.Vm.StateTests;
using Xunit.Abstractions;

namespace ParallelEvm.Vm.Tests.StateTests;

/// <summary>
/// The ethereum/tests GeneralStateTests (Cancun, Prague and Osaka vectors) as a ratchet: one test case per top-level
/// folder; a vector that fails must be listed in known-failures.txt, and a listed vector that passes must be removed.
/// Regenerate the list with <c>pevm statetest $ETHEREUM_TESTS_DIR/GeneralStateTests --write-known-failures
/// tests/ParallelEvm.Vm.Tests/StateTests/known-failures.txt</c>.
/// </summary>
public sealed class GeneralStateTestsTests(ITestOutputHelper output)
{
    const int MaxListed = 50;

    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        var root = EthereumTestsDir.GeneralStateTests;
        if (root is null || !Directory.Exists(root))
        {
            data.Add("(ETHEREUM_TESTS_DIR not set)"); // never run: the theory is skipped
            return data;
        }
        foreach (var dir in Directory.EnumerateDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(dir!);
        if (Directory.EnumerateFiles(root, "*.json").Any()) data.Add(".");
        return data;
    }

    [EthereumTestsTheory]
    [MemberData(nameof(Folders))]
    public void Folder_matches_the_known_failures(string folder)
    {
        var root = EthereumTestsDir.GeneralStateTests!;
        Assert.True(Directory.Exists(root), $"{EthereumTestsDir.Variable} points at a missing folder: {root}");

        // "." stands for fixture files directly in the root (none today); folders are searched recursively.
        var paths = folder == "."
            ? Directory.EnumerateFiles(root, "*.json").Order(StringComparer.Ordinal).ToArray()
            : [Path.Combine(root, folder)];
        var summary = new StateTestSummary();
        var outcomes = new List<VectorOutcome>();
        foreach (var file in new StateTestRunner().Run(paths))
        {
            summary.Add(file);
            outcomes.AddRange(file.Vectors);
            if (file.Note is { } note) output.WriteLine($"SKIP {file.RelativePath}: {note}");
        }

        var known = KnownFailures.Load(KnownFailuresPath());
        var prefix = folder == "." ? null : folder + "/";
        var ratchet = KnownFailures.Compare(outcomes, known, id => prefix is null ? !id.Contains('/') : id.StartsWith(prefix, StringComparison.Ordinal));
        int knownFailing = outcomes.Count(o => o.Failed && known.Contains(o.Id));

        output.WriteLine($"{folder}: {summary} ({knownFailing} failures known, {ratchet.NewFailures.Count} new, {ratchet.NowPassing.Count} fixed)");
        foreach (var f in ratchet.NewFailures.Take(MaxListed)) output.WriteLine($"NEW FAILURE {f.Id}: {f.Message}");
        if (ratchet.NewFailures.Count > MaxListed) output.WriteLine($"... and {ratchet.NewFailures.Count - MaxListed} more new failures");
        foreach (var id in ratchet.NowPassing) output.WriteLine($"NOW PASSES (remove from known-failures.txt): {id}");
        foreach (var id in ratchet.NotRun.Take(MaxListed)) output.WriteLine($"note: listed in known-failures.txt but not run: {id}");

        Assert.True(ratchet.Holds,
            $"{folder}: {ratchet.NewFailures.Count} vectors fail that are not in known-failures.txt, " +
            $"{ratchet.NowPassing.Count} listed vectors now pass (remove them from known-failures.txt); see the test output");
    }

    static string KnownFailuresPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "known-failures.txt");
}
