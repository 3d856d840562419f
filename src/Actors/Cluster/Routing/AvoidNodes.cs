using Akka.Actor;
using Akka.Routing;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// Asks <see cref="AvoidingRoundRobinLogic"/> to route <paramref name="message"/> to a node outside
/// <paramref name="avoid"/> (the nodes that already failed this request) when there is one. The router unwraps it:
/// routees receive the message alone.
/// </summary>
sealed class AvoidNodes(object message, IReadOnlyCollection<Address> avoid) : RouterEnvelope(message)
{
    public IReadOnlyCollection<Address> Avoid { get; } = avoid;
}
