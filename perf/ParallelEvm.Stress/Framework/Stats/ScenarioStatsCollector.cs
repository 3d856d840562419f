using System.Collections.Concurrent;
using HdrHistogram;

namespace ParallelEvm.Stress.Framework;

/// <summary>
/// Collects one scenario's measured outcomes: the whole invocation, each step, status codes, counters, and per
/// reporting interval the points of the timeline charts. Warm-up invocations never reach it.
/// </summary>
sealed class ScenarioStatsCollector
{
    readonly LatencyRecorder _ok = new(), _fail = new();
    readonly ConcurrentDictionary<string, (LatencyRecorder Ok, LatencyRecorder Fail)> _steps = new();
    readonly ConcurrentQueue<string> _stepOrder = new();
    readonly ConcurrentDictionary<(string Code, bool IsError), StatusEntry> _statusCodes = new();
    readonly ConcurrentDictionary<string, long> _counters = new();

    // The current reporting interval: 2 significant digits are plenty for a chart and keep the histogram small.
    readonly LongHistogram _interval = new(LatencyRecorder.HighestMicros, 2);
    readonly object _intervalGate = new();
    long _intervalOk, _intervalFail;
    readonly List<TimelinePoint> _timeline = new();

    public void RecordScenario(Response response, TimeSpan latency)
    {
        (response.IsError ? _fail : _ok).Record(latency, response.SizeBytes);
        var entry = _statusCodes.GetOrAdd((response.StatusCode, response.IsError), _ => new StatusEntry(response.Message));
        Interlocked.Increment(ref entry.Count);
        lock (_intervalGate)
        {
            _interval.RecordValue(Math.Clamp((long)Math.Round(latency.TotalMicroseconds), 1, LatencyRecorder.HighestMicros));
            if (response.IsError) _intervalFail++;
            else _intervalOk++;
        }
    }

    public void RecordStep(string name, Response response, TimeSpan latency)
    {
        var recorders = _steps.GetOrAdd(name, n =>
        {
            _stepOrder.Enqueue(n);
            return (new LatencyRecorder(), new LatencyRecorder());
        });
        (response.IsError ? recorders.Fail : recorders.Ok).Record(latency, response.SizeBytes);
    }

    public void AddToCounter(string name, long value) => _counters.AddOrUpdate(name, value, (_, v) => v + value);

    /// <summary>Closes the reporting interval that ends <paramref name="atSeconds"/> after the start.</summary>
    public void CutInterval(double atSeconds, double intervalSeconds, double workingSetMb)
    {
        lock (_intervalGate)
        {
            bool any = _interval.TotalCount > 0;
            _timeline.Add(new TimelinePoint(
                Math.Round(atSeconds, 3),
                _intervalOk / intervalSeconds,
                _intervalFail / intervalSeconds,
                any ? _interval.GetValueAtPercentile(50) / 1000.0 : 0,
                any ? _interval.GetValueAtPercentile(99) / 1000.0 : 0,
                any ? _interval.GetMaxValue() / 1000.0 : 0,
                workingSetMb));
            _interval.Reset();
            _intervalOk = _intervalFail = 0;
        }
    }

    public ScenarioStats Build(string name, string loadSimulations, TimeSpan duration, RequestCounts requests)
    {
        long all = _ok.Count + _fail.Count;
        var steps = new List<StepStats>();
        foreach (var stepName in _stepOrder.Distinct())
        {
            var (ok, fail) = _steps[stepName];
            long stepAll = ok.Count + fail.Count;
            steps.Add(new StepStats(stepName, ok.Snapshot(stepAll, duration), fail.Snapshot(stepAll, duration)));
        }
        List<TimelinePoint> timeline;
        lock (_intervalGate) timeline = [.. _timeline];
        return new ScenarioStats
        {
            ScenarioName = name,
            Duration = duration,
            LoadSimulations = loadSimulations,
            Ok = _ok.Snapshot(all, duration),
            Fail = _fail.Snapshot(all, duration),
            StepStats = steps,
            StatusCodes = _statusCodes
                .Select(p => new StatusCodeStats(p.Key.Code, p.Key.IsError, Interlocked.Read(ref p.Value.Count), p.Value.FirstMessage))
                .OrderBy(s => s.IsError).ThenByDescending(s => s.Count).ThenBy(s => s.StatusCode, StringComparer.Ordinal)
                .ToList(),
            Counters = new SortedDictionary<string, long>(_counters, StringComparer.Ordinal),
            Timeline = timeline,
            Requests = requests,
        };
    }

    sealed class StatusEntry(string firstMessage)
    {
        public long Count;
        /// <summary>The first message seen with this code (e.g. the error a bad input got), for the reports.</summary>
        public string FirstMessage { get; } = firstMessage;
    }
}
