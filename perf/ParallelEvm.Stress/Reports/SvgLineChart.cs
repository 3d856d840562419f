using System.Globalization;
using System.Net;
using System.Text;

namespace ParallelEvm.Stress.Reports;

/// <summary>
/// A line chart drawn as inline SVG (no script, no external file, so the report opens anywhere, offline): axes with
/// rounded ticks, a grid, one polyline per series and a legend.
/// </summary>
static class SvgLineChart
{
    const int Width = 560, Height = 280, Left = 58, Right = 12, Top = 54, Bottom = 36;

    public static string Render(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series)
    {
        double maxX = Math.Max(1, series.SelectMany(s => s.Points).Select(p => p.X).DefaultIfEmpty(0).Max());
        double highest = series.SelectMany(s => s.Points).Select(p => p.Y).DefaultIfEmpty(0).Max();
        // Gridlines at a round step (1, 2, 2.5 or 5 × 10^k), at most five above zero; the axis ends on the last one.
        double yStep = NiceCeiling(highest / 5);
        int yTicks = Math.Max(1, (int)Math.Ceiling(highest / yStep - 1e-9));
        double maxY = yStep * yTicks;
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double X(double x) => Left + x / maxX * plotW;
        double Y(double y) => Top + plotH - y / maxY * plotH;

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Esc(title)}\">");
        svg.Append($"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>");
        svg.Append($"<text x=\"{Left}\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{Esc(title)}</text>");
        for (int i = 0; i <= yTicks; i++)
        {
            double v = yStep * i;
            svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{D(Y(v))}\" y2=\"{D(Y(v))}\" stroke=\"#e3e3e3\"/>");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{D(Y(v) + 4)}\" font-size=\"11\" text-anchor=\"end\">{Esc(Label(v))}</text>");
        }
        double xStep = NiceCeiling(maxX / 8);
        for (double x = 0; x <= maxX + 1e-9; x += xStep)
        {
            svg.Append($"<line x1=\"{D(X(x))}\" x2=\"{D(X(x))}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH + 4}\" stroke=\"#555\"/>");
            svg.Append($"<text x=\"{D(X(x))}\" y=\"{D(Top + plotH + 16)}\" font-size=\"11\" text-anchor=\"middle\">{Esc(Label(x))}</text>");
        }
        svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH}\" stroke=\"#555\"/>");
        svg.Append($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + plotH}\" stroke=\"#555\"/>");
        svg.Append($"<text x=\"{D(Left + plotW / 2)}\" y=\"{Height - 4}\" font-size=\"11\" text-anchor=\"middle\">{Esc(xLabel)}</text>");
        svg.Append($"<text x=\"12\" y=\"{D(Top + plotH / 2)}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 {D(Top + plotH / 2)})\">{Esc(yLabel)}</text>");

        foreach (var s in series.Where(s => s.Points.Count > 0))
        {
            var points = string.Join(' ', s.Points.Select(p => $"{D(X(p.X))},{D(Y(p.Y))}"));
            svg.Append($"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"2\" points=\"{points}\"><title>{Esc(s.Name)}</title></polyline>");
        }
        // The legend runs in a row under the title (wrapping), so long scenario names never cover the title or the lines.
        double legendX = Left, legendY = 30;
        foreach (var s in series)
        {
            double itemWidth = 6.5 * s.Name.Length + 26;
            if (legendX + itemWidth > Width - Right && legendX > Left) { legendX = Left; legendY += 13; }
            svg.Append($"<rect x=\"{D(legendX)}\" y=\"{D(legendY - 5)}\" width=\"12\" height=\"4\" fill=\"{s.Color}\"/>");
            svg.Append($"<text x=\"{D(legendX + 16)}\" y=\"{D(legendY)}\" font-size=\"11\">{Esc(s.Name)}</text>");
            legendX += itemWidth;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10^k that is at least <paramref name="value"/> (so ticks are round numbers).</summary>
    public static double NiceCeiling(double value)
    {
        if (!(value > 0)) return 1;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (double m in new[] { 1, 2, 2.5, 5, 10 })
            if (m * magnitude >= value * (1 - 1e-12)) return m * magnitude;
        return 10 * magnitude;
    }

    static string Label(double v) => v >= 100 || v == Math.Floor(v) ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture);
    static string D(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    static string Esc(string text) => WebUtility.HtmlEncode(text);
}
