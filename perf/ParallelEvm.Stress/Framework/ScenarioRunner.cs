using System.Diagnostics;

namespace ParallelEvm.Stress.Framework;

/// <summary>
/// Drives one scenario through a phase (warm-up or measured) by its load plan: starts and retires closed-model
/// copies, injects open-model invocations as they fall due, and accounts for every invocation in the ledger.
/// </summary>
sealed class ScenarioRunner
{
    static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);

    readonly ScenarioProps _props;
    readonly LoadPlan _plan;
    readonly RequestLedger _ledger;
    readonly CancellationToken _hardStop;
    long _invocations;
    int _inFlight;
    int _liveCopies;

    public ScenarioRunner(ScenarioProps props, RequestLedger ledger, CancellationToken hardStop)
    {
        _props = props;
        _plan = new LoadPlan(props.LoadSimulations);
        _ledger = ledger;
        _hardStop = hardStop;
    }

    public ScenarioProps Props => _props;
    public LoadPlan Plan => _plan;
    public string Name => _props.Name;
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>
    /// Closed-model copies whose loop has not ended yet. A retired copy may still be between its check and its next
    /// request; a phase is only over when this is 0 (a warm-up copy starting one more request after the measured
    /// phase began ran three copies where two were asked).
    /// </summary>
    public int LiveCopies => Volatile.Read(ref _liveCopies);

    /// <summary>
    /// Follows the plan from its start for <paramref name="limit"/> (the warm-up) or to its end, with
    /// <paramref name="stats"/> null during warm-up. Returns when the load stops; invocations may still be running.
    /// </summary>
    public async Task<TimeSpan> RunPhaseAsync(TimeSpan limit, ScenarioStatsCollector? stats)
    {
        var end = limit < _plan.Duration ? limit : _plan.Duration;
        var copies = new List<CancellationTokenSource>();
        long fired = 0;
        var clock = Stopwatch.StartNew();
        while (!_hardStop.IsCancellationRequested)
        {
            var now = clock.Elapsed;
            if (now >= end) break;
            int wanted = _plan.CopiesAt(now);
            while (copies.Count < wanted)
            {
                var retire = new CancellationTokenSource();
                copies.Add(retire);
                int copyNumber = copies.Count;
                Interlocked.Increment(ref _liveCopies);
                _ = Task.Run(() => CopyLoopAsync(copyNumber, stats, retire.Token));
            }
            while (copies.Count > wanted)
            {
                copies[^1].Cancel();
                copies.RemoveAt(copies.Count - 1);
            }
            for (long due = _plan.InvocationsDueBy(now); fired < due; fired++) Fire(stats);
            await Task.Delay(Tick).ConfigureAwait(false);
        }
        // The open stages' last invocations fall due exactly at the end: start them all, whatever the timer did.
        for (long due = _plan.InvocationsDueBy(end); fired < due && !_hardStop.IsCancellationRequested; fired++) Fire(stats);
        foreach (var retire in copies) retire.Cancel();
        return clock.Elapsed;
    }

    /// <summary>
    /// Sends one injected invocation. It is entered in the ledger here, before it is queued, so that a drain that
    /// starts right after the last one was fired already counts it as in flight.
    /// </summary>
    /// <summary>Warm-up: the plan from its start, again from its start while the warm-up is longer than the plan.</summary>
    public async Task RunWarmUpAsync(TimeSpan warmUp)
    {
        var left = warmUp;
        while (left > TimeSpan.Zero && !_hardStop.IsCancellationRequested)
            left -= await RunPhaseAsync(left, null).ConfigureAwait(false);
    }

    void Fire(ScenarioStatsCollector? stats)
    {
        var (id, number) = Begin(stats);
        _ = Task.Run(() => InvokeAsync(id, number, 0, stats));
    }

    (long Id, long Number) Begin(ScenarioStatsCollector? stats)
    {
        Interlocked.Increment(ref _inFlight);
        return (_ledger.Begin(Name, warmUp: stats is null), Interlocked.Increment(ref _invocations));
    }

    async Task CopyLoopAsync(int copyNumber, ScenarioStatsCollector? stats, CancellationToken retire)
    {
        try
        {
            while (!retire.IsCancellationRequested && !_hardStop.IsCancellationRequested)
            {
                var (id, number) = Begin(stats);
                await InvokeAsync(id, number, copyNumber, stats).ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _liveCopies);
        }
    }

    async Task InvokeAsync(long id, long number, int copyNumber, ScenarioStatsCollector? stats)
    {
        var context = new ScenarioContext(Name, id, number, copyNumber, stats, _hardStop);
        long start = Stopwatch.GetTimestamp();
        Response response;
        try { response = await _props.Run(context).ConfigureAwait(false) ?? Response.Fail("null", "the scenario returned no response"); }
        catch (StepFailedException failed) { response = failed.Response; }
        catch (Exception ex) { response = Response.Fail("exception", $"{ex.GetType().Name}: {ex.Message}"); }
        var latency = Stopwatch.GetElapsedTime(start);
        if (_ledger.Complete(id, !response.IsError)) stats?.RecordScenario(response, latency);
        Interlocked.Decrement(ref _inFlight);
    }
}
