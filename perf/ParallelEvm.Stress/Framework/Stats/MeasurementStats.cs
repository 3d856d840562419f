namespace ParallelEvm.Stress.Framework;

/// <summary>Ok or fail outcomes of a scenario or step, shaped like NBomber's (<c>stats.Fail.Request.Percent</c>, <c>stats.Ok.Latency.Percent99</c>).</summary>
public sealed record MeasurementStats(RequestStats Request, LatencyStats Latency, DataTransferStats DataTransfer);

/// <param name="Count">Requests with this outcome.</param>
/// <param name="Percent">Their share of all requests, 0..100.</param>
/// <param name="RPS">Their number per second of the measured duration.</param>
public sealed record RequestStats(long Count, double Percent, double RPS);

/// <summary>Latencies in milliseconds; percentiles from the HdrHistogram.</summary>
public sealed record LatencyStats(double MinMs, double MeanMs, double MaxMs, double StdDev, double Percent50, double Percent75, double Percent95, double Percent99)
{
    public static readonly LatencyStats Empty = new(0, 0, 0, 0, 0, 0, 0, 0);
}

public sealed record DataTransferStats(long AllBytes);
