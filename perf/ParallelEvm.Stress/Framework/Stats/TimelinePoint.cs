namespace ParallelEvm.Stress.Framework;

/// <summary>
/// One reporting interval of a scenario: answers per second (ok and fail) and the latency of the requests that ended
/// in it, with the process working set at its end.
/// </summary>
public sealed record TimelinePoint(double Seconds, double OkRps, double FailRps, double P50Ms, double P99Ms, double MaxMs, double WorkingSetMb);
