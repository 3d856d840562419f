using System.CommandLine;
using ParallelEvm.Node.Commands;

namespace ParallelEvm.Node;

/// <summary>The <c>pevm</c> executable: composes the subcommands, each defined in its own file under Commands/.</summary>
static class Program
{
    static int Main(string[] args)
    {
        // The parallel engine behind `blocks --mode parallel|both`; one engine (and actor system) per run.
        BlocksCommand.ParallelExecutorFactory = options =>
            new ParallelEvm.Actors.ParallelTransactionsExecutor(new ParallelEvm.Actors.ParallelBlockExecutor(options));
        var root = new RootCommand("pevm: a parallel Ethereum block executor (Block-STM on actors)");
        root.Subcommands.Add(StateTestCommand.Create());
        root.Subcommands.Add(BlocksCommand.Create());
        root.Subcommands.Add(BlockTestCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(NodeCommand.Create());
        // No command: the demo, which needs no input files.
        if (args.Length == 0) args = ["demo"];
        return root.Parse(args).Invoke();
    }
}
