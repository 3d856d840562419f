using System.Globalization;
using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>The few styles and number formats the rich views share, so every table reads alike.</summary>
static class Styles
{
    public static readonly Style Failure = new(Color.Red);
    public static readonly Style Skip = new(Color.Yellow);

    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Table NewTable(string title) => new Table().RoundedBorder().Title($"[bold]{Markup.Escape(title)}[/]");

    /// <summary>Adds a right-aligned (numeric) column.</summary>
    public static Table Number(this Table table, string header) => table.AddColumn(new TableColumn(header).RightAligned());

    public static string Count(long? n) => n is null ? "" : n.Value.ToString("N0", Inv);

    public static string Ms(double? ms) => ms is null ? "" : ms.Value.ToString("F1", Inv);

    public static string Speedup(double? x) => x switch
    {
        null => "",
        >= 1 => $"[green]{x.Value.ToString("F2", Inv)}x[/]",
        _ => $"[yellow]{x.Value.ToString("F2", Inv)}x[/]",
    };

    /// <summary>A failure count, red unless zero.</summary>
    public static string FailCount(int n) => n == 0 ? "0" : $"[red]{Count(n)}[/]";

    public static string Verdict(bool ok) => ok ? "[green]OK[/]" : "[red]FAIL[/]";

    public static string Bytes(double bytes) => bytes switch
    {
        >= 1 << 30 => (bytes / (1 << 30)).ToString("F2", Inv) + " GiB",
        >= 1 << 20 => (bytes / (1 << 20)).ToString("F1", Inv) + " MiB",
        >= 1 << 10 => (bytes / (1 << 10)).ToString("F1", Inv) + " KiB",
        _ => bytes.ToString("F0", Inv) + " B",
    };
}
