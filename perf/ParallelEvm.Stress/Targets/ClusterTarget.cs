using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;

namespace ParallelEvm.Stress.Targets;

/// <summary>
/// Executor nodes (one for the <c>node</c> target, three for <c>cluster</c>) on loopback, and a client member without
/// the executor role that submits every block through <see cref="BlockExecutionClient"/> with the harness's request
/// id: each block crosses Akka.Remote and the cluster's wire format. The nodes' executors crash at the given rate on
/// every block (a node's engine options are its own, so <see cref="BlockSubmission.InjectFaults"/> cannot pick an
/// engine here). Payloads are decoded on the harness's side, before the client.
/// </summary>
public sealed class ClusterTarget : IBlockTarget, INodeFaults
{
    const int MaxCrashesPerTransaction = 20;
    const string ClientRole = "client";

    readonly int _executorNodes;
    readonly EngineOptions _engine;
    readonly CrashInjector _crashes;
    readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    readonly List<LoopbackNode> _nodes = new();
    LoopbackNode? _client;

    public ClusterTarget(int executorNodes, EngineOptions engine, double crashRate)
    {
        if (executorNodes < 1) throw new ArgumentOutOfRangeException(nameof(executorNodes), executorNodes, "at least one");
        _executorNodes = executorNodes;
        _engine = engine.Validate();
        _crashes = new CrashInjector(crashRate);
    }

    public string Name => _executorNodes == 1 ? "node" : "cluster";

    public string Description =>
        $"{_executorNodes} executor node(s) on 127.0.0.1 ({_engine.Executors} executors, {_engine.Shards} shards each) and a client member; " +
        (_crashes.Rate > 0 ? $"executors crash at {_crashes.Rate:P1} of executions on every node" : "no injected crashes");

    public long InjectedCrashes => _crashes.Crashes;
    public long InjectedShardCrashes => _crashes.ShardCrashes;
    public bool ReturnsTransactionDiffs => false;

    /// <summary>The client's view: submitted, completed, failed, retried.</summary>
    public BlockExecutionClientStats? ClientStats => _client?.Client.Stats;

    /// <summary>Executor nodes still in the cluster.</summary>
    public int LiveExecutorNodes => _nodes.Count(n => !n.Stopped);

    public bool CanStopNode => LiveExecutorNodes > 1;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var engine = _crashes.Rate > 0
            ? _engine with { Adaptive = false, BeforeExecute = _crashes.BeforeExecute, BeforeValidate = _crashes.BeforeValidate, MaxCrashesPerTransaction = MaxCrashesPerTransaction }
            : _engine;
        var client = new BlockExecutionClientOptions { MaxInFlight = 16, AttemptTimeout = TimeSpan.FromSeconds(15), Timeout = TimeSpan.FromMinutes(2) };
        string[] executor = [BlockExecutionService.Role];
        for (int i = 0; i < _executorNodes; i++)
            _nodes.Add(await LoopbackNode.StartAsync($"node{i + 1}", _nodes.Take(1).ToList(), executor, engine, client, cancellationToken).ConfigureAwait(false));
        _client = await LoopbackNode.StartAsync("client", _nodes.Take(1).ToList(), [ClientRole], _engine, client, cancellationToken).ConfigureAwait(false);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await _client.Client.CountExecutorsAsync(cancellationToken).ConfigureAwait(false) < _executorNodes)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the client did not see {_executorNodes} executor nodes within 60 s");
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Throws <see cref="BlockExecutionClusterException"/> or <see cref="BlockExecutionTimeoutException"/> when the cluster gives up on a block.</summary>
    public Task<BlockExecutionResult> ExecuteAsync(BlockSubmission submission, CancellationToken cancellationToken)
    {
        var client = _client ?? throw new InvalidOperationException("the target is not started");
        return client.Client.ExecuteAsync($"stress-{_runId}-{submission.RequestId}", submission.Request, cancellationToken);
    }

    /// <summary>Makes the last executor node still up leave the cluster; its blocks in flight must be retried elsewhere.</summary>
    public async Task<string> StopOneNodeAsync()
    {
        var node = _nodes.LastOrDefault(n => !n.Stopped) ?? throw new InvalidOperationException("no executor node is left");
        if (LiveExecutorNodes == 1) throw new InvalidOperationException("the last executor node would leave no one to execute");
        await node.StopAsync().ConfigureAwait(false);
        return $"{node.Name} ({node.Address}) left the cluster";
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null) await _client.DisposeAsync().ConfigureAwait(false);
        foreach (var node in Enumerable.Reverse(_nodes)) await node.DisposeAsync().ConfigureAwait(false);
    }
}
