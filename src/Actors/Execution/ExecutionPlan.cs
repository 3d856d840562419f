using ParallelEvm.Actors.Graph;

namespace ParallelEvm.Actors;

/// <summary>
/// How <see cref="ParallelBlockExecutor"/> will run a block: serially (adaptive mode chose it: an empty, tiny or
/// mostly dependent block) or under Block-STM with the block's dependency hints. <see cref="Counters"/> records what
/// the choice was based on.
/// </summary>
public sealed record ExecutionPlan(bool Serial, TransactionGraph? Graph, EngineCounters Counters);
