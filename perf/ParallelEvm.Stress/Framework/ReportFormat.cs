namespace ParallelEvm.Stress.Framework;

[Flags]
public enum ReportFormat
{
    None = 0,
    /// <summary>The console table, saved as text.</summary>
    Txt = 1,
    Md = 2,
    /// <summary>A self-contained page (inline SVG charts, no scripts or links to fetch).</summary>
    Html = 4,
}
