using ParallelEvm.Actors.Cluster;

namespace ParallelEvm.Actors.Hosting;

/// <summary>A cluster node: where it listens, whom it joins, what it does.</summary>
public sealed record ParallelEvmNodeOptions
{
    /// <summary>The actor system name; every node of one cluster must use the same one (it is part of each address).</summary>
    public const string SystemName = "pevm";

    /// <summary>The address the node binds and other nodes reach it at.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Addresses of nodes to join (<c>akka.tcp://pevm@host:port</c>); none makes this node start a new cluster.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [BlockExecutionService.Role];

    public EngineOptions Engine { get; init; } = new();

    public BlockExecutionServiceOptions Service { get; init; } = new();

    public BlockExecutionClientOptions Client { get; init; } = new();

    /// <summary>
    /// Largest message on the wire. A block ships with its pre-state witness, far beyond Akka.Remote's 128 KB default.
    /// </summary>
    public long MaxFrameSize { get; init; } = 64L * 1024 * 1024;
}
