using ParallelEvm.Vm.StateTests;

namespace ParallelEvm.Vm.Tests.StateTests;

public sealed class KnownFailuresTests
{
    [Fact]
    public void Parses_ids_comments_and_names_containing_hashes()
    {
        var ids = KnownFailures.Parse([
            "# header",
            "",
            "stExample/add11.json::add11::Cancun::d0g0v0",
            "stX/a.json::test[SHA-256 #680: edge case]::Prague::d1g2v3  # state root 0x12 != expected 0x34",
            "stX/b.json::broken::<load>",
        ]);
        Assert.Equal(
            ["stExample/add11.json::add11::Cancun::d0g0v0", "stX/a.json::test[SHA-256 #680: edge case]::Prague::d1g2v3", "stX/b.json::broken::<load>"],
            ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_line_that_is_not_an_id_is_rejected_with_its_number()
    {
        var ex = Assert.Throws<FormatException>(() => KnownFailures.Parse(["# ok", "stExample/add11.json::add11"]));
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public void Ratchet_reports_new_failures_fixed_vectors_and_unrun_entries()
    {
        var known = KnownFailures.Parse(["a/x.json::t::Cancun::d0g0v0", "a/x.json::t::Cancun::d1g0v0", "a/y.json::t::Cancun::d0g0v0", "b/z.json::t::Cancun::d0g0v0"]);
        var outcomes = new[]
        {
            new VectorOutcome("a/x.json::t::Cancun::d0g0v0", VectorVerdict.Failed, "still failing"),
            new VectorOutcome("a/x.json::t::Cancun::d1g0v0", VectorVerdict.Passed, null),
            new VectorOutcome("a/x.json::t::Cancun::d2g0v0", VectorVerdict.Failed, "new"),
            new VectorOutcome("a/x.json::t::Cancun::d3g0v0", VectorVerdict.Skipped, "fork not selected"),
        };
        var result = KnownFailures.Compare(outcomes, known, id => id.StartsWith("a/", StringComparison.Ordinal));
        Assert.Equal("a/x.json::t::Cancun::d2g0v0", Assert.Single(result.NewFailures).Id);
        Assert.Equal(["a/x.json::t::Cancun::d1g0v0"], result.NowPassing);
        Assert.Equal(["a/y.json::t::Cancun::d0g0v0"], result.NotRun);
        Assert.False(result.Holds);

        Assert.True(KnownFailures.Compare(outcomes[..1], known, id => id.StartsWith("a/x", StringComparison.Ordinal) && id.Contains("d0")).Holds);
    }

    [Fact]
    public void Written_lists_read_back()
    {
        var path = Path.GetTempFileName();
        try
        {
            KnownFailures.Write(path, [
                new VectorOutcome("b.json::t #1::Osaka::d0g0v0", VectorVerdict.Failed, new string('x', 500)),
                new VectorOutcome("a.json::t::Cancun::d0g0v0", VectorVerdict.Failed, "state root"),
                new VectorOutcome("c.json::t::Cancun::d0g0v0", VectorVerdict.Passed, null),
            ], "header line 1\nheader line 2");
            var lines = File.ReadAllLines(path);
            Assert.Equal("# header line 1", lines[0]);
            Assert.StartsWith("a.json::t::Cancun::d0g0v0  # state root", lines[2]);
            Assert.True(lines[3].Length < 200);
            Assert.Equal(["a.json::t::Cancun::d0g0v0", "b.json::t #1::Osaka::d0g0v0"], KnownFailures.Load(path).Order(StringComparer.Ordinal));
        }
        finally { File.Delete(path); }
    }
}
