namespace ParallelEvm.Stress.Framework;

/// <summary>The outcomes of one named step over the measured part of a run.</summary>
public sealed record StepStats(string StepName, MeasurementStats Ok, MeasurementStats Fail)
{
    public long AllRequestCount => Ok.Request.Count + Fail.Request.Count;
}
