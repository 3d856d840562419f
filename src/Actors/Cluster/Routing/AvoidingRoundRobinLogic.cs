using Akka.Actor;
using Akka.Routing;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// Round robin over the routees, skipping those on the nodes an <see cref="AvoidNodes"/> envelope names, so that a retry
/// lands on another node; when every routee is to be avoided it falls back to all of them (the node's idempotent
/// handling of a repeated id makes that safe).
/// </summary>
sealed class AvoidingRoundRobinLogic(Address selfAddress) : RoutingLogic
{
    long _next = -1;

    public override Routee Select(object message, Routee[] routees)
    {
        if (routees.Length == 0) return Routee.NoRoutee;
        if (message is AvoidNodes { Avoid.Count: > 0 } envelope)
        {
            var allowed = routees.Where(r => !envelope.Avoid.Contains(AddressOf(r))).ToArray();
            if (allowed.Length > 0) return allowed[(int)(Next() % allowed.Length)];
        }
        return routees[(int)(Next() % routees.Length)];
    }

    long Next() => Interlocked.Increment(ref _next) & long.MaxValue;

    /// <summary>The node a routee lives on, with this node's routees named by its cluster address rather than the local one.</summary>
    Address AddressOf(Routee routee)
    {
        var address = routee switch
        {
            ActorSelectionRoutee s => s.Selection.Anchor.Path.Address,
            ActorRefRoutee r => r.Actor.Path.Address,
            _ => selfAddress,
        };
        return NodeAddress.Normalize(address, selfAddress);
    }
}
