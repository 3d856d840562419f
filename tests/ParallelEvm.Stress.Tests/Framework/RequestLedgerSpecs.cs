using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Tests.Framework;

public class RequestLedgerSpecs
{
    [Fact]
    public void Every_request_ends_ok_failed_or_lost_and_a_late_answer_stays_lost()
    {
        var ledger = new RequestLedger();
        long a = ledger.Begin("s", warmUp: true), b = ledger.Begin("s", warmUp: false), c = ledger.Begin("s", warmUp: false);
        Assert.Equal([1L, 2L, 3L], [a, b, c]);
        Assert.True(ledger.Complete(a, ok: true));
        Assert.True(ledger.Complete(b, ok: false));
        Assert.Equal(1, ledger.InFlight);

        var lost = ledger.Seal();

        Assert.Equal([c], lost["s"]);
        Assert.False(ledger.Complete(c, ok: true));
        Assert.Equal(new RequestCounts(Sent: 3, Ok: 1, Failed: 1, Lost: 1, WarmUp: 1, Late: 1), ledger.CountsFor("s"));
    }

    [Fact]
    public void Answering_an_unknown_request_is_a_bug_in_the_harness()
    {
        var ledger = new RequestLedger();
        Assert.Throws<InvalidOperationException>(() => ledger.Complete(42, ok: true));
    }
}
