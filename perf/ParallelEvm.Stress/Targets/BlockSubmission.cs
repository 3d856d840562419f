using ParallelEvm.Actors;

namespace ParallelEvm.Stress.Targets;

/// <summary>
/// One block sent to a target: the harness's request id (a target that retries passes it on, so the retry is
/// idempotent), the request, and whether it goes to the fault-injecting engine.
/// </summary>
public sealed record BlockSubmission(long RequestId, BlockExecutionRequest Request, bool InjectFaults = false);
