using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Tests.Framework;

public class LatencyRecorderSpecs
{
    [Fact]
    public void Percentiles_of_one_to_a_hundred_milliseconds_are_the_nearest_ranks()
    {
        var recorder = new LatencyRecorder();
        for (int ms = 100; ms >= 1; ms--) recorder.Record(TimeSpan.FromMilliseconds(ms), sizeBytes: 10);

        var stats = recorder.Snapshot(allCount: 200, duration: TimeSpan.FromSeconds(4));

        // Nearest rank: the p-th percentile of 1..100 is p; the histogram keeps 3 significant digits (0.1%).
        Assert.Equal(50, stats.Latency.Percent50, 50 * 0.001);
        Assert.Equal(75, stats.Latency.Percent75, 75 * 0.001);
        Assert.Equal(95, stats.Latency.Percent95, 95 * 0.001);
        Assert.Equal(99, stats.Latency.Percent99, 99 * 0.001);
        Assert.Equal(1, stats.Latency.MinMs);
        Assert.Equal(100, stats.Latency.MaxMs);
        Assert.Equal(50.5, stats.Latency.MeanMs, 0.1);
        Assert.Equal(100, stats.Request.Count);
        Assert.Equal(50, stats.Request.Percent);
        Assert.Equal(25, stats.Request.RPS);
        Assert.Equal(1000, stats.DataTransfer.AllBytes);
    }

    [Fact]
    public void A_percentile_never_exceeds_the_largest_value_seen()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(TimeSpan.FromMicroseconds(196_270), 0);
        var latency = recorder.Snapshot(1, TimeSpan.FromSeconds(1)).Latency;
        Assert.True(latency.Percent99 <= latency.MaxMs);
        Assert.Equal(196.27, latency.MaxMs);
    }

    [Fact]
    public void No_requests_give_zero_latencies_not_an_error()
    {
        var stats = new LatencyRecorder().Snapshot(0, TimeSpan.FromSeconds(1));
        Assert.Equal(0, stats.Request.Count);
        Assert.Equal(LatencyStats.Empty, stats.Latency);
    }
}
