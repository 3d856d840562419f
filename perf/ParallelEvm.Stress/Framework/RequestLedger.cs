using System.Collections.Concurrent;

namespace ParallelEvm.Stress.Framework;

/// <summary>
/// Gives every invocation a run-wide id and accounts for it: sent, then ok or failed, or lost when no answer came
/// by the deadline (<see cref="Seal"/>). An answer after the seal is counted as late and the request stays lost.
/// Each request ends in exactly one state (a compare-and-swap decides between a late answer and the seal).
/// </summary>
public sealed class RequestLedger
{
    const int Pending = 0, Answered = 1, Lost = 2;

    long _lastId;
    readonly ConcurrentDictionary<long, Entry> _pending = new();
    readonly ConcurrentDictionary<string, Tally> _tallies = new();

    public long Begin(string scenario, bool warmUp)
    {
        long id = Interlocked.Increment(ref _lastId);
        var tally = _tallies.GetOrAdd(scenario, _ => new Tally());
        Interlocked.Increment(ref tally.Sent);
        if (warmUp) Interlocked.Increment(ref tally.WarmUp);
        _pending[id] = new Entry(scenario, tally);
        return id;
    }

    /// <summary>Records the answer; false when it came after the seal (the request was already counted lost).</summary>
    public bool Complete(long id, bool ok)
    {
        if (!_pending.TryGetValue(id, out var entry)) throw new InvalidOperationException($"request {id} was never sent or already answered");
        if (Interlocked.CompareExchange(ref entry.State, Answered, Pending) == Pending)
        {
            Interlocked.Increment(ref ok ? ref entry.Tally.Ok : ref entry.Tally.Failed);
            _pending.TryRemove(id, out _);
            return true;
        }
        Interlocked.Increment(ref entry.Tally.Late);
        return false;
    }

    /// <summary>Requests still waiting for an answer, in all scenarios.</summary>
    public int InFlight => _pending.Values.Count(e => Volatile.Read(ref e.State) == Pending);

    /// <summary>Marks every request still waiting as lost; returns their ids by scenario (for the report).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<long>> Seal()
    {
        var lost = new Dictionary<string, List<long>>();
        foreach (var (id, entry) in _pending.OrderBy(p => p.Key))
        {
            if (Interlocked.CompareExchange(ref entry.State, Lost, Pending) != Pending) continue;
            Interlocked.Increment(ref entry.Tally.Lost);
            if (!lost.TryGetValue(entry.Scenario, out var ids)) lost[entry.Scenario] = ids = new List<long>();
            ids.Add(id);
        }
        return lost.ToDictionary(p => p.Key, p => (IReadOnlyList<long>)p.Value);
    }

    public RequestCounts CountsFor(string scenario)
    {
        if (!_tallies.TryGetValue(scenario, out var t)) return RequestCounts.None;
        return new RequestCounts(Interlocked.Read(ref t.Sent), Interlocked.Read(ref t.Ok), Interlocked.Read(ref t.Failed),
            Interlocked.Read(ref t.Lost), Interlocked.Read(ref t.WarmUp), Interlocked.Read(ref t.Late));
    }

    sealed class Entry(string scenario, Tally tally)
    {
        public int State;
        public string Scenario { get; } = scenario;
        public Tally Tally { get; } = tally;
    }

    sealed class Tally
    {
        public long Sent, Ok, Failed, Lost, WarmUp, Late;
    }
}
