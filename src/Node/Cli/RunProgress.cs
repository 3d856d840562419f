using Spectre.Console;

namespace ParallelEvm.Node.Cli;

/// <summary>
/// Progress of a run over many files or blocks. Rich: a Spectre progress bar, and lines printed through the same
/// console so that the bar is redrawn below them. Plain: lines go to stdout unchanged and nothing else is drawn.
/// </summary>
sealed class RunProgress
{
    readonly ProgressTask? _task;
    readonly string _title;

    RunProgress(ProgressTask? task, string title)
    {
        _task = task;
        _title = title;
    }

    /// <summary>Runs <paramref name="body"/>, showing a bar over <paramref name="total"/> items when <paramref name="rich"/>.</summary>
    public static T Run<T>(bool rich, string title, int total, Func<RunProgress, T> body)
    {
        if (!rich) return body(new RunProgress(null, title));
        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => body(new RunProgress(context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, total)), title)));
    }

    /// <summary>Names the item just finished or being worked on (rich only).</summary>
    public void Current(string item)
    {
        if (_task is null) return;
        var shown = item.Length > 40 ? "…" + item[^39..] : item;
        _task.Description = $"{Markup.Escape(_title)} [grey]{Markup.Escape(shown)}[/]";
    }

    /// <summary>One more item is done.</summary>
    public void Advance() => _task?.Increment(1);

    /// <summary>Prints a line: plain to stdout, or above the bar (in <paramref name="style"/>).</summary>
    public void Line(string text, Style? style = null)
    {
        if (_task is null) Console.WriteLine(text);
        // One write that ends the line, so the bar is redrawn on a fresh line below it.
        else AnsiConsole.Write(new Text(text + "\n", style ?? Style.Plain));
    }
}
