using System.Diagnostics;
using ParallelEvm.Stress.Reports;

namespace ParallelEvm.Stress.Framework;

/// <summary>
/// Runs registered scenarios side by side (NBomber's <c>NBomberRunner</c>): init, warm-up, the measured load, a drain
/// of the requests still in flight (up to the grace period, after which they count as lost), clean, thresholds and
/// reports.
/// </summary>
public sealed class StressRunner
{
    IReadOnlyList<ScenarioProps> _scenarios = [];
    string _title = "stress run";
    string _reportFolder = Path.Combine(Path.GetTempPath(), "pevm-stress");
    string? _reportFileName;
    ReportFormat _formats = ReportFormat.Txt | ReportFormat.Md | ReportFormat.Html;
    TimeSpan _reportingInterval = TimeSpan.FromSeconds(1);
    TimeSpan _progressInterval = TimeSpan.FromSeconds(5);
    TimeSpan _gracePeriod = TimeSpan.FromSeconds(10);
    TextWriter _console = Console.Out;
    readonly List<string> _notes = new();

    StressRunner() { }

    public static StressRunner RegisterScenarios(params ScenarioProps[] scenarios)
    {
        if (scenarios.Length == 0) throw new ArgumentException("at least one scenario", nameof(scenarios));
        var duplicate = scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"two scenarios are named '{duplicate.Key}'", nameof(scenarios));
        return new StressRunner { _scenarios = scenarios };
    }

    public StressRunner WithTitle(string title) { _title = title; return this; }
    public StressRunner WithReportFolder(string folder) { _reportFolder = folder; return this; }
    public StressRunner WithReportFileName(string name) { _reportFileName = name; return this; }
    public StressRunner WithReportFormats(ReportFormat formats) { _formats = formats; return this; }
    public StressRunner WithoutReports() { _formats = ReportFormat.None; return this; }
    /// <summary>The width of one point of the timeline charts.</summary>
    public StressRunner WithReportingInterval(TimeSpan interval) { _reportingInterval = Positive(interval); return this; }
    public StressRunner WithProgressInterval(TimeSpan interval) { _progressInterval = Positive(interval); return this; }
    /// <summary>How long after the load ends a request may still answer before it counts as lost.</summary>
    public StressRunner WithLostGracePeriod(TimeSpan grace) { _gracePeriod = grace >= TimeSpan.Zero ? grace : throw new ArgumentOutOfRangeException(nameof(grace)); return this; }
    public StressRunner WithConsole(TextWriter console) { _console = console; return this; }
    public StressRunner WithNote(string note) { _notes.Add(note); return this; }

    static TimeSpan Positive(TimeSpan t) => t > TimeSpan.Zero ? t : throw new ArgumentOutOfRangeException(nameof(t));

    public RunResult Run() => RunAsync().GetAwaiter().GetResult();

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        var ledger = new RequestLedger();
        using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var runners = _scenarios.Select(s => new ScenarioRunner(s, ledger, hardStop.Token)).ToList();
        var errors = new List<string>();

        foreach (var scenario in _scenarios)
            if (scenario.Init is { } init) await init(hardStop.Token).ConfigureAwait(false);

        var warmUps = runners.Where(r => r.Props.WarmUpDuration > TimeSpan.Zero).ToList();
        if (warmUps.Count > 0)
        {
            _console.WriteLine($"warm-up: {string.Join(", ", warmUps.Select(r => $"{r.Name} {r.Props.WarmUpDuration.TotalSeconds:0.#}s"))}");
            await Task.WhenAll(warmUps.Select(r => r.RunWarmUpAsync(r.Props.WarmUpDuration))).ConfigureAwait(false);
            // Measure from a quiet start: warm-up requests still running would add copies and queueing to the first seconds.
            await DrainAsync(ledger, Stopwatch.StartNew(), _gracePeriod, warmUps).ConfigureAwait(false);
        }

        _console.WriteLine($"load: {string.Join("; ", runners.Select(r => $"{r.Name}: {Describe(r.Plan)}"))}");
        var collectors = runners.ToDictionary(r => r.Name, _ => new ScenarioStatsCollector());
        // The working set before the forced collection, as the end's is taken: a start measured right after a full GC
        // (collector slack returned) would count the slack coming back in the first seconds as growth.
        double workingSetStart = WorkingSetMb();
        double heapStart = LiveHeapMb();
        var clock = Stopwatch.StartNew();
        using var stopSampling = new CancellationTokenSource();
        var sampler = SampleAsync(clock, runners, collectors, ledger, stopSampling.Token);
        var phases = runners.Select(r => r.RunPhaseAsync(TimeSpan.MaxValue, collectors[r.Name])).ToList();
        var durations = await Task.WhenAll(phases).ConfigureAwait(false);
        double workingSetEnd = WorkingSetMb();

        // Retired copies too: one between its check and its next request would send it after the seal (counted lost).
        await DrainAsync(ledger, clock, _gracePeriod, runners).ConfigureAwait(false);
        var lost = ledger.Seal();
        double heapEnd = LiveHeapMb();
        await stopSampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        await hardStop.CancelAsync().ConfigureAwait(false);

        foreach (var scenario in _scenarios)
        {
            if (scenario.Clean is not { } clean) continue;
            try { await clean().ConfigureAwait(false); }
            catch (Exception ex) { errors.Add($"{scenario.Name}: clean threw {ex.GetType().Name}: {ex.Message}"); }
        }

        var stats = runners.Select((r, i) => collectors[r.Name].Build(r.Name, Describe(r.Plan), durations[i], ledger.CountsFor(r.Name))).ToList();
        var thresholds = _scenarios.Zip(stats).SelectMany(p => p.First.Thresholds.Select(t => t.Evaluate(p.Second))).ToList();
        var result = new RunResult
        {
            Title = _title,
            StartedUtc = started,
            Duration = clock.Elapsed,
            ScenarioStats = stats,
            Thresholds = thresholds,
            LostRequestIds = lost,
            WorkingSetStartMb = workingSetStart,
            WorkingSetEndMb = workingSetEnd,
            LiveHeapStartMb = heapStart,
            LiveHeapEndMb = heapEnd,
            Notes = _notes.ToList(),
            Errors = errors,
        };
        _console.Write(ConsoleReport.Render(result));
        return result with { ReportFiles = WriteReports(result) };
    }

    static async Task DrainAsync(RequestLedger ledger, Stopwatch clock, TimeSpan grace, IReadOnlyList<ScenarioRunner>? copiesOf = null)
    {
        var until = clock.Elapsed + grace;
        while ((ledger.InFlight > 0 || copiesOf?.Any(r => r.LiveCopies > 0) == true) && clock.Elapsed < until)
            await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
    }

    async Task SampleAsync(Stopwatch clock, List<ScenarioRunner> runners, Dictionary<string, ScenarioStatsCollector> collectors,
        RequestLedger ledger, CancellationToken stop)
    {
        double last = 0;
        var nextProgress = _progressInterval;
        using var timer = new PeriodicTimer(_reportingInterval);
        while (true)
        {
            bool stopped = false;
            try { await timer.WaitForNextTickAsync(stop).ConfigureAwait(false); }
            catch (OperationCanceledException) { stopped = true; }
            double now = clock.Elapsed.TotalSeconds;
            double ws = WorkingSetMb();
            // A last sliver of an interval would chart a few answers as a spike of requests/s: its answers stay in the
            // totals but get no point of their own.
            if (!stopped || now - last >= _reportingInterval.TotalSeconds / 2)
                foreach (var c in collectors.Values) c.CutInterval(now, now - last, ws);
            last = now;
            if (stopped) return;
            if (clock.Elapsed >= nextProgress)
            {
                nextProgress += _progressInterval;
                _console.WriteLine($"[{clock.Elapsed:mm\\:ss}] in flight {ledger.InFlight}, working set {ws:F0} MB ({GcMemory()}); " +
                    string.Join("; ", runners.Select(r => $"{r.Name} {Progress(ledger.CountsFor(r.Name))}")));
            }
        }
    }

    /// <summary>Answers so far, warm-up included (the measured split is in the final report).</summary>
    static string Progress(RequestCounts c) => $"ok {c.Ok} fail {c.Failed}";

    static string Describe(LoadPlan plan) => string.Join(", ", plan.Simulations.Select(s => s.Describe()));

    /// <summary>Where the working set goes on the managed side: the collector's heap after its last GC and what it has committed.</summary>
    static string GcMemory()
    {
        var info = GC.GetGCMemoryInfo();
        const double Mb = 1024.0 * 1024.0;
        return $"GC heap {info.HeapSizeBytes / Mb:F0} MB, fragmented {info.FragmentedBytes / Mb:F0} MB, committed {info.TotalCommittedBytes / Mb:F0} MB";
    }

    static double WorkingSetMb() => Environment.WorkingSet / (1024.0 * 1024.0);

    /// <summary>
    /// Managed memory still reachable after a full collection: unlike the working set it has no collector slack, so
    /// growth between the start and the end of the load points at something kept, not at a lazy GC.
    /// </summary>
    static double LiveHeapMb() => GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);

    List<string> WriteReports(RunResult result)
    {
        var files = new List<string>();
        if (_formats == ReportFormat.None) return files;
        Directory.CreateDirectory(_reportFolder);
        var name = _reportFileName ?? $"stress-{result.StartedUtc:yyyyMMdd-HHmmss}";
        void Write(ReportFormat format, string extension, Func<RunResult, string> render)
        {
            if (!_formats.HasFlag(format)) return;
            var path = Path.Combine(_reportFolder, name + extension);
            File.WriteAllText(path, render(result));
            files.Add(path);
        }
        Write(ReportFormat.Txt, ".txt", ConsoleReport.Render);
        Write(ReportFormat.Md, ".md", MarkdownReport.Render);
        Write(ReportFormat.Html, ".html", HtmlReport.Render);
        foreach (var f in files) _console.WriteLine($"report: {f}");
        return files;
    }
}
