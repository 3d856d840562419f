namespace ParallelEvm.Stress.Framework;

/// <summary>How often a scenario answered with one status code.</summary>
public sealed record StatusCodeStats(string StatusCode, bool IsError, long Count, string Message);
