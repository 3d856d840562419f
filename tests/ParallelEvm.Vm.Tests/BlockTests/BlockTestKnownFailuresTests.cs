using ParallelEvm.Vm.BlockTests;

namespace ParallelEvm.Vm.Tests.BlockTests;

public sealed class BlockTestKnownFailuresTests
{
    [Fact]
    public void Parses_ids_with_reasons_and_comments()
    {
        var ids = BlockTestKnownFailures.Parse([
            "# header",
            "",
            "ValidBlocks/bcExample/basefeeExample.json::basefeeExample_Cancun",
            "InvalidBlocks/bcEIP1559/badBlocks.json::badBlocks_Cancun  # block 2 was accepted but should be rejected",
        ]);
        Assert.Equal(["InvalidBlocks/bcEIP1559/badBlocks.json::badBlocks_Cancun", "ValidBlocks/bcExample/basefeeExample.json::basefeeExample_Cancun"],
            ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_line_that_is_not_an_id_is_rejected_with_its_number()
    {
        var ex = Assert.Throws<FormatException>(() => BlockTestKnownFailures.Parse(["# ok", "basefeeExample"]));
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public void Ratchet_reports_new_failures_and_fixed_tests()
    {
        var known = BlockTestKnownFailures.Parse(["a.json::t1", "a.json::t2"]);
        var (newFailures, nowPassing) = BlockTestKnownFailures.Compare([
            new BlockTestOutcome("a.json::t1", false, "still failing"),
            new BlockTestOutcome("a.json::t2", true, null),
            new BlockTestOutcome("a.json::t3", false, "new"),
        ], known);
        Assert.Equal("a.json::t3", Assert.Single(newFailures).Id);
        Assert.Equal(["a.json::t2"], nowPassing);
    }

    [Fact]
    public void Written_lists_read_back()
    {
        var path = Path.GetTempFileName();
        try
        {
            BlockTestKnownFailures.Write(path, [new BlockTestOutcome("b.json::t", false, new string('x', 300)), new BlockTestOutcome("a.json::t", true, null)], "h1\nh2");
            Assert.Equal(["b.json::t"], BlockTestKnownFailures.Load(path));
            Assert.StartsWith("# h1", File.ReadAllLines(path)[0]);
        }
        finally { File.Delete(path); }
    }
}
