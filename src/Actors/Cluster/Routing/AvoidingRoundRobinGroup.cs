using Akka.Actor;
using Akka.Dispatch;
using Akka.Routing;
using Akka.Util;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// A group router over fixed paths with <see cref="AvoidingRoundRobinLogic"/>; wrapped in a
/// <see cref="Akka.Cluster.Routing.ClusterRouterGroup"/> it routes to the service on every executor member.
/// </summary>
sealed class AvoidingRoundRobinGroup : Group
{
    public AvoidingRoundRobinGroup(IEnumerable<string> paths, string routerDispatcher = Dispatchers.DefaultDispatcherId)
        : base(paths, routerDispatcher) { }

    public override IEnumerable<string> GetPaths(ActorSystem system) => InternalPaths;

    public override Router CreateRouter(ActorSystem system) =>
        new(new AvoidingRoundRobinLogic(Akka.Cluster.Cluster.Get(system).SelfAddress));

    public override ISurrogate ToSurrogate(ActorSystem system) => new Surrogate(InternalPaths, RouterDispatcher);

    /// <summary>What Akka would ship to deploy this router remotely (this project never does).</summary>
    sealed record Surrogate(string[] Paths, string RouterDispatcher) : ISurrogate
    {
        public ISurrogated FromSurrogate(ActorSystem system) => new AvoidingRoundRobinGroup(Paths, RouterDispatcher);
    }
}
