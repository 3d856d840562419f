using System.CommandLine;
using ParallelEvm.Actors;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>--no-graph</c> and <c>--no-adaptive</c>, shared by <c>blocks</c> and <c>bench</c>: switch off the engine's prior
/// knowledge (to compare re-executions with and without the TransactionGraph) or its serial choice for small or
/// chain-like blocks (to measure Block-STM itself).
/// </summary>
sealed class EngineChoices
{
    public Option<bool> NoGraph { get; } = new("--no-graph") { Description = "Run Block-STM without the TransactionGraph's hints" };
    public Option<bool> NoAdaptive { get; } = new("--no-adaptive") { Description = "Always run Block-STM, even where adaptive mode would choose serial" };

    public void AddTo(Command command)
    {
        command.Options.Add(NoGraph);
        command.Options.Add(NoAdaptive);
    }

    public EngineOptions Apply(ParseResult parse, EngineOptions options) =>
        options with { UseTransactionGraph = !parse.GetValue(NoGraph), Adaptive = !parse.GetValue(NoAdaptive) };
}
