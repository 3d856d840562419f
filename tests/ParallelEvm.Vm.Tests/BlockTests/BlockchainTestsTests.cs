using System.Runtime.CompilerServices;
using System.Text.Json;
using ParallelEvm.State;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.BlockTests;
using ParallelEvm.Vm.Signing;
using Xunit.Abstractions;

namespace ParallelEvm.Vm.Tests.BlockTests;

/// <summary>
/// The ethereum/tests BlockchainTests (ValidBlocks and InvalidBlocks) as a ratchet: a failing test must be listed in
/// known-failures.txt and a listed test that passes must be removed (the goal is an empty list). Regenerate with
/// <c>pevm blocktest $ETHEREUM_TESTS_DIR/BlockchainTests --write-known-failures tests/ParallelEvm.Vm.Tests/BlockTests/known-failures.txt</c>.
/// </summary>
public sealed class BlockchainTestsTests(ITestOutputHelper output)
{
    const int MaxListed = 50;

    [BlockchainTestsFact]
    public void All_tests_match_the_known_failures()
    {
        var root = BlockchainTestsDir.Path!;
        Assert.True(Directory.Exists(root), $"no BlockchainTests folder at {root}");
        var outcomes = new BlockchainTestRunner().Run([root]).ToList();
        var known = BlockTestKnownFailures.Load(KnownFailuresPath());
        var (newFailures, nowPassing) = BlockTestKnownFailures.Compare(outcomes, known);
        int passed = outcomes.Count(o => o.Passed);
        output.WriteLine($"{passed} passed, {outcomes.Count - passed} failed ({known.Count} known, {newFailures.Count} new, {nowPassing.Count} fixed)");
        foreach (var f in newFailures.Take(MaxListed)) output.WriteLine($"NEW FAILURE {f.Id}: {f.Message}");
        foreach (var id in nowPassing) output.WriteLine($"NOW PASSES (remove from known-failures.txt): {id}");

        Assert.True(outcomes.Count > 400, $"only {outcomes.Count} tests found under {root}");
        Assert.True(outcomes.Sum(o => o.BlocksRejected) > 100, "the InvalidBlocks tests should reject blocks");
        Assert.True(newFailures.Count == 0 && nowPassing.Count == 0,
            $"{newFailures.Count} tests fail that are not in known-failures.txt, {nowPassing.Count} listed tests now pass; see the test output");
    }

    [BlockchainTestsFact]
    public void Decoded_transactions_recover_the_fixture_senders_and_hash_to_the_header_roots()
    {
        int checkedTxs = 0, checkedBlocks = 0;
        foreach (var (path, relative) in BlockchainTestLoader.FindFiles(BlockchainTestsDir.Path!))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var test in doc.RootElement.EnumerateObject())
            {
                foreach (var block in test.Value.GetProperty("blocks").EnumerateArray())
                {
                    // Blocks that must be rejected may be undecodable or carry bad signatures: only decodable, listed ones.
                    if (block.TryGetProperty("expectException", out _) || !block.TryGetProperty("transactions", out var txsJson)) continue;
                    var decoded = BlockRlp.Decode(Convert.FromHexString(block.GetProperty("rlp").GetString()![2..]));
                    var header = block.GetProperty("blockHeader");
                    Assert.Equal(Hash256.Parse(header.GetProperty("hash").GetString()!), decoded.Hash);
                    Assert.Equal(Hash256.Parse(header.GetProperty("transactionsTrie").GetString()!), BlockRlp.ComputeTransactionsRoot(decoded.Transactions));
                    checkedBlocks++;
                    int i = 0;
                    foreach (var txJson in txsJson.EnumerateArray())
                    {
                        if (!txJson.TryGetProperty("sender", out var senderJson)) { i++; continue; } // some fillers omit it
                        var expected = Address.Parse(senderJson.GetString()!);
                        var sender = SenderRecovery.Recover(decoded.Transactions[i], ForkRules.For(SpecId.Cancun), 1, out var error);
                        Assert.True(sender == expected, $"{relative}::{test.Name} tx {i}: {sender?.ToString() ?? error} != {expected}");
                        i++;
                        checkedTxs++;
                    }
                }
            }
        }
        output.WriteLine($"{checkedBlocks} blocks, {checkedTxs} transactions checked");
        Assert.True(checkedTxs > 500, $"only {checkedTxs} transactions checked");
    }

    static string KnownFailuresPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "known-failures.txt");
}
