using HdrHistogram;

namespace ParallelEvm.Stress.Framework;

/// <summary>
/// Counts and latencies of one kind of outcome (ok or fail) of a scenario or step, in an HdrHistogram of
/// microseconds (3 significant digits: percentiles within 0.1%). Thread-safe through one lock: recording is tens of
/// nanoseconds, far below the milliseconds a block takes.
/// </summary>
public sealed class LatencyRecorder
{
    /// <summary>Ten minutes: a slower request is recorded as ten minutes (and is far past any sane timeout anyway).</summary>
    public const long HighestMicros = 600_000_000;

    readonly LongHistogram _histogram = new(HighestMicros, 3);
    readonly object _gate = new();
    long _count, _bytes, _minMicros = long.MaxValue, _maxMicros;

    public void Record(TimeSpan latency, long sizeBytes)
    {
        long micros = Math.Clamp((long)Math.Round(latency.TotalMicroseconds), 1, HighestMicros);
        lock (_gate)
        {
            _histogram.RecordValue(micros);
            _count++;
            _bytes += sizeBytes;
            if (micros < _minMicros) _minMicros = micros;
            if (micros > _maxMicros) _maxMicros = micros;
        }
    }

    public long Count
    {
        get { lock (_gate) return _count; }
    }

    public MeasurementStats Snapshot(long allCount, TimeSpan duration)
    {
        lock (_gate)
        {
            double seconds = Math.Max(duration.TotalSeconds, 1e-9);
            var request = new RequestStats(_count, allCount == 0 ? 0 : 100.0 * _count / allCount, _count / seconds);
            if (_count == 0) return new MeasurementStats(request, LatencyStats.Empty, new DataTransferStats(0));
            // A percentile is the top of its histogram bucket (within 0.1%): clamp it into the exact [min, max] seen.
            double Percentile(double p) => Math.Clamp(_histogram.GetValueAtPercentile(p), _minMicros, _maxMicros) / 1000.0;
            var latency = new LatencyStats(
                MinMs: _minMicros / 1000.0,
                MeanMs: _histogram.GetMean() / 1000.0,
                MaxMs: _maxMicros / 1000.0,
                StdDev: _histogram.GetStdDeviation() / 1000.0,
                Percent50: Percentile(50),
                Percent75: Percentile(75),
                Percent95: Percentile(95),
                Percent99: Percentile(99));
            return new MeasurementStats(request, latency, new DataTransferStats(_bytes));
        }
    }
}
