namespace ParallelEvm.Stress.Framework;

/// <summary>One invocation of a scenario: who it is, its request id, and where its steps and counters are recorded.</summary>
public sealed class ScenarioContext
{
    readonly ScenarioStatsCollector? _stats;

    internal ScenarioContext(string scenarioName, long requestId, long invocationNumber, int copyNumber,
        ScenarioStatsCollector? stats, CancellationToken cancellationToken)
    {
        ScenarioName = scenarioName;
        RequestId = requestId;
        InvocationNumber = invocationNumber;
        CopyNumber = copyNumber;
        _stats = stats;
        CancellationToken = cancellationToken;
    }

    public string ScenarioName { get; }

    /// <summary>Unique across the run: pass it on to the target so that a retried request can be recognised.</summary>
    public long RequestId { get; }

    /// <summary>1, 2, 3… within the scenario (warm-up included).</summary>
    public long InvocationNumber { get; }

    /// <summary>The closed-model copy running this invocation (1-based), or 0 for an injected one.</summary>
    public int CopyNumber { get; }

    /// <summary>True during warm-up: nothing is recorded.</summary>
    public bool IsWarmUp => _stats is null;

    /// <summary>Cancelled only after the run and its grace period are over, so work in flight is never cut short.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Data shared between the steps of this invocation.</summary>
    public Dictionary<string, object> Data { get; } = new();

    /// <summary>Adds to a named counter of the scenario, printed in the reports (warm-up additions are dropped).</summary>
    public void AddToCounter(string name, long value) => _stats?.AddToCounter(name, value);

    internal void RecordStep(string name, Response response, TimeSpan latency) => _stats?.RecordStep(name, response, latency);
}
