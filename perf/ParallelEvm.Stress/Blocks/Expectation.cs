using ParallelEvm.Actors;

namespace ParallelEvm.Stress.Blocks;

/// <summary>What a block case must give: the serial executor's result (which may itself be an error), or a refusal before execution.</summary>
public abstract record Expectation;

/// <summary>
/// The result <see cref="SerialBlockExecutor"/> gave on the same input, computed once when the case was built. A
/// valid block must reproduce it bit for bit; an invalid transaction must give the same error.
/// </summary>
public sealed record MatchesSerial(BlockExecutionResult Serial) : Expectation;

/// <summary>The decoder must refuse the payload with this kind of error.</summary>
public sealed record RejectedBeforeExecution(BadInputKind Kind) : Expectation;
