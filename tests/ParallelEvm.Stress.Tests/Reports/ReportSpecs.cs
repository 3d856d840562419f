using ParallelEvm.Stress.Framework;
using ParallelEvm.Stress.Reports;

namespace ParallelEvm.Stress.Tests.Reports;

public class ReportSpecs
{
    static async Task<RunResult> SmallRun()
    {
        var scenario = Scenario.Create("tiny", async ctx =>
        {
            await Step.Run("work", ctx, async () => { await Task.Delay(2); return Response.Ok(); });
            return Response.Ok();
        }).WithoutWarmUp().WithLoadSimulations(Simulation.Inject(20, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        return await StressRunner.RegisterScenarios(scenario).WithoutReports().WithConsole(TextWriter.Null)
            .WithReportingInterval(TimeSpan.FromMilliseconds(200)).WithNote("target: none").RunAsync();
    }

    [Fact]
    public async Task The_html_page_is_self_contained_with_latency_and_throughput_charts()
    {
        var html = HtmlReport.Render(await SmallRun());
        Assert.Contains("Latency over time: tiny", html);
        Assert.Contains("Throughput over time: tiny", html);
        Assert.True(html.Split("<svg").Length - 1 >= 4);
        Assert.Contains("<polyline", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task Markdown_and_text_carry_the_tables_and_end_with_the_lost_line()
    {
        var run = await SmallRun();
        var md = MarkdownReport.Render(run);
        Assert.Contains("## Scenario `tiny`", md);
        Assert.Contains("| (scenario) | 20 | 20 | 0 |", md);
        Assert.Contains("| work | 20 | 20 | 0 |", md);
        Assert.Contains("- lost: 0", md);
        Assert.Contains("- target: none", md);
        Assert.Equal("lost: 0", ConsoleReport.Render(run).TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Chart_ticks_are_round_numbers()
    {
        Assert.Equal(1, SvgLineChart.NiceCeiling(0));
        Assert.Equal(200, SvgLineChart.NiceCeiling(196.27));
        Assert.Equal(2.5, SvgLineChart.NiceCeiling(2.1));
        Assert.Equal(50, SvgLineChart.NiceCeiling(41));
        Assert.Equal(10, SvgLineChart.NiceCeiling(10));
    }

    [Fact]
    public void Text_tables_align_and_markdown_escapes_pipes()
    {
        var table = new TextTable("name", "n").Add("a|b", "1").Add("long name", "12345");
        Assert.Equal("name           n\n---------  -----\na|b            1\nlong name  12345\n", table.ToText());
        Assert.Contains("| a\\|b | 1 |", table.ToMarkdown());
    }
}
