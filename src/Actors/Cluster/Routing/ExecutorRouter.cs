using Akka.Actor;
using Akka.Cluster.Routing;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// The cluster-aware router to the block-execution service of every member with role
/// <see cref="BlockExecutionService.Role"/> (this node included when it has the role). Akka's cluster router adds a
/// member's routee when it is up and drops it when it leaves or becomes unreachable.
/// </summary>
static class ExecutorRouter
{
    /// <summary>A cap the router requires; far above any cluster this runs on.</summary>
    const int MaxRoutees = 10_000;

    public static Props Props() =>
        new ClusterRouterGroup(
            new AvoidingRoundRobinGroup([BlockExecutionService.Path]),
            new ClusterRouterGroupSettings(MaxRoutees, [BlockExecutionService.Path], allowLocalRoutees: true, useRole: BlockExecutionService.Role))
        .Props();
}
