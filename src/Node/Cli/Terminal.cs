using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>
/// Rich or plain output. Other tools parse pevm's output (the last line, the <c>--json</c> object) and CI logs must
/// not fill with escape codes, so progress bars and tables are drawn only for a person at a terminal: stdout not
/// redirected, no <c>--json</c>, and a console Spectre finds interactive and ANSI-capable (CI runners are not).
/// Plain output is exactly what pevm printed before it had rich output.
/// </summary>
static class Terminal
{
    public static bool IsRich(bool json) =>
        !json
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive
        && AnsiConsole.Profile.Capabilities.Ansi;
}
