namespace ParallelEvm.Actors.Cluster;

/// <summary>Where the block-execution service lives in a cluster: the role that hosts it and its actor path.</summary>
public static class BlockExecutionService
{
    /// <summary>Cluster role of the nodes that execute blocks.</summary>
    public const string Role = "executor";

    public const string Name = "block-execution";

    /// <summary>The service's path on every executor node (what the cluster-aware router looks up).</summary>
    public const string Path = "/user/" + Name;
}
