using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

// The engine's actor protocol (ARCHITECTURE.md §2): every message carries a batch of small structs —
// transaction indices and incarnation numbers — never state, which the actors share through BlockContext.

/// <summary>One incarnation to execute.</summary>
readonly record struct ExecutionTask(int Tx, int Incarnation);

/// <summary>How one execution ended: executed (and published), or suspended on a lower transaction's ESTIMATE.</summary>
readonly record struct ExecutionOutcome(int Tx, int Incarnation, bool Suspended, int BlockingTx, bool WroteNewLocation);

/// <summary>One validation (of one shard's slice of a read set).</summary>
readonly record struct ValidationTask(int Tx, int Incarnation);

readonly record struct ValidationOutcome(int Tx, int Incarnation, bool Valid);

/// <summary>Scheduler → executor: run these, lowest index first, and report once.</summary>
sealed record ExecuteBatch(ExecutionTask[] Tasks);

/// <summary>Executor → scheduler: the batch is done; this is also the request for more work.</summary>
sealed record BatchCompleted(ExecutionOutcome[] Outcomes);

/// <summary>Executor → scheduler, from PreRestart: what was finished before the crash, and what was lost.</summary>
sealed record ExecutorCrashed(ExecutionOutcome[] Completed, ExecutionTask[] Abandoned, string Error, bool MemoryFull);

/// <summary>Scheduler → shard actor: validate your slice of these read sets.</summary>
sealed record ValidateBatch(ValidationTask[] Tasks);

/// <summary>Shard actor → scheduler.</summary>
sealed record ValidationResults(ValidationOutcome[] Outcomes);

/// <summary>Sent to itself when the block overruns its time budget: fail instead of hanging.</summary>
sealed class BlockTimedOut
{
    public static readonly BlockTimedOut Instance = new();
    BlockTimedOut() { }
}

/// <summary>Scheduler → shard actor, once the block is done: merge the block diff for your partition of the addresses.</summary>
sealed record AssembleDiffPart(TransactionResult[] Results, int Partition, int Partitions);

/// <summary>Shard actor → scheduler; no diff when the shard actor crashed on it (the scheduler then merges that part itself).</summary>
sealed record DiffPart(int Partition, StateDiff? Diff);
