namespace ParallelEvm.Stress.Framework;

/// <summary>
/// The request ledger's verdict for a scenario: every invocation (warm-up included) has an id; each ends ok, failed,
/// or lost (no answer by the end of the run plus the grace period). <see cref="Late"/> answered after that deadline
/// (they stay lost: a caller would have given up).
/// </summary>
public sealed record RequestCounts(long Sent, long Ok, long Failed, long Lost, long WarmUp, long Late)
{
    public static readonly RequestCounts None = new(0, 0, 0, 0, 0, 0);

    public RequestCounts Add(RequestCounts other) =>
        new(Sent + other.Sent, Ok + other.Ok, Failed + other.Failed, Lost + other.Lost, WarmUp + other.WarmUp, Late + other.Late);
}
