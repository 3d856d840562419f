using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>A spinner with a status text while one long step runs (rich only; plain output shows nothing).</summary>
static class Busy
{
    public static T Run<T>(bool rich, string status, Func<T> work) =>
        rich ? AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(status), _ => work()) : work();
}
