using Akka.Actor;

namespace ParallelEvm.Actors.Cluster;

/// <summary>Actors of this node carry the local address (<c>akka://pevm</c>); cluster events name the node by its remote one.</summary>
static class NodeAddress
{
    public static Address Normalize(Address address, Address selfAddress) => address.HasLocalScope ? selfAddress : address;
}
