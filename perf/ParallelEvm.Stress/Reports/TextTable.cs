namespace ParallelEvm.Stress.Reports;

/// <summary>A table as aligned plain text or as Markdown; the first column is left-aligned, the others right-aligned.</summary>
sealed class TextTable(params string[] headers)
{
    readonly List<string[]> _rows = new();

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"{cells.Length} cells for {headers.Length} columns");
        _rows.Add(cells);
        return this;
    }

    public string ToText()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        var lines = new List<string> { Line(headers), string.Join("  ", widths.Select(w => new string('-', w))) };
        lines.AddRange(_rows.Select(Line));
        return string.Join('\n', lines) + "\n";
    }

    public string ToMarkdown()
    {
        static string Cell(string c) => c.Replace("|", "\\|", StringComparison.Ordinal);
        var lines = new List<string>
        {
            "| " + string.Join(" | ", headers.Select(Cell)) + " |",
            "|" + string.Join("|", headers.Select((_, i) => i == 0 ? " --- " : " ---: ")) + "|",
        };
        lines.AddRange(_rows.Select(r => "| " + string.Join(" | ", r.Select(Cell)) + " |"));
        return string.Join('\n', lines) + "\n";
    }

    public IReadOnlyList<string> Headers => headers;
    public IReadOnlyList<string[]> Rows => _rows;
}
