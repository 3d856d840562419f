using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors;

/// <summary>A block's transactions to execute on top of a base state (which is only read, never changed).</summary>
public sealed record BlockExecutionRequest(ForkRules Rules, BlockEnv Env, IReadOnlyList<Transaction> Transactions, IStateReader BaseState);
