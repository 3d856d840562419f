namespace ParallelEvm.Stress.Reports;

/// <summary>One line of a chart: (x, y) points in the chart's units.</summary>
sealed record ChartSeries(string Name, string Color, IReadOnlyList<(double X, double Y)> Points);
