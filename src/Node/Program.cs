using System.CommandLine;
using ParallelEvm.Node.Commands;

namespace ParallelEvm.Node;

/// <summary>The <c>pevm</c> executable: composes the subcommands, each defined in its own file under Commands/.</summary>
static class Program
{
    static int Main(string[] args)
    {
        var root = new RootCommand("pevm: a parallel Ethereum block executor (Block-STM on actors)");
        root.Subcommands.Add(StateTestCommand.Create());
        root.Subcommands.Add(BlocksCommand.Create());
        return root.Parse(args).Invoke();
    }
}
