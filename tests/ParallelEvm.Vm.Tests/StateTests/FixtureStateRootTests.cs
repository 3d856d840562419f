using ParallelEvm.State;
using ParallelEvm.State.Json;
using ParallelEvm.Vm.StateTests;
using Xunit.Abstractions;

namespace ParallelEvm.Vm.Tests.StateTests;

/// <summary>
/// Checks the loader and <see cref="InMemoryDb.ComputeStateRoot"/> against the fixtures themselves, without the VM:
/// the post states the fixtures list must hash to their roots, and rejected transactions must leave the pre-state root.
/// </summary>
public sealed class FixtureStateRootTests(ITestOutputHelper output)
{
    [EthereumTestsFact]
    public void Listed_post_states_hash_to_the_expected_roots()
    {
        var loader = new StateTestLoader();
        int checkedCount = 0;
        var wrong = new List<string>();
        foreach (var (path, relative) in StateTestLoader.FindFiles(EthereumTestsDir.GeneralStateTests!))
        {
            var file = loader.LoadFile(path, relative);
            Assert.True(file.Errors.Count == 0, string.Join("\n", file.Errors.Select(e => e.Error.Message)));
            foreach (var vector in file.Tests.SelectMany(t => t.Vectors))
            {
                if (vector.ParseExpectedPostState() is not { } post) continue;
                checkedCount++;
                var root = post.ToDb().ComputeStateRoot();
                if (root != vector.ExpectedStateRoot) wrong.Add($"{vector.Id}: {root} != {vector.ExpectedStateRoot}");
            }
        }
        output.WriteLine($"{checkedCount} post states checked, {wrong.Count} wrong");
        Assert.True(checkedCount > 1000, $"only {checkedCount} vectors list their post state");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    [EthereumTestsFact]
    public void Rejected_transactions_leave_the_pre_state_root()
    {
        // An executor that rejects everything: every expectException vector must then pass (pre-state root with the
        // empty coinbase removed, empty logs), which checks the pre-state loading, the touch rule and the root.
        var runner = new StateTestRunner(execute: static (_, _, _, _) => TransactionResult.Invalid("rejected by the test executor"));
        int passed = 0;
        var failed = new List<string>();
        foreach (var file in runner.Run([EthereumTestsDir.GeneralStateTests!]))
            foreach (var outcome in file.Vectors)
            {
                if (!outcome.Failed) { passed += outcome.Verdict == VectorVerdict.Passed ? 1 : 0; continue; }
                if (!outcome.Message!.StartsWith("unexpected invalid", StringComparison.Ordinal)) failed.Add(outcome.ToString());
            }
        output.WriteLine($"{passed} rejected-transaction vectors pass");
        Assert.True(passed > 400, $"only {passed} vectors expect a rejection");
        Assert.True(failed.Count == 0, string.Join("\n", failed.Take(20)));
    }
}
