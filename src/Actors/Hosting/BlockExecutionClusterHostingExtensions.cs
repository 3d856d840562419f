using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParallelEvm.Actors.Cluster;

namespace ParallelEvm.Actors.Hosting;

/// <summary>Blocks spread over a cluster (ARCHITECTURE.md §6), as an Akka.Hosting feature.</summary>
public static class BlockExecutionClusterHostingExtensions
{
    /// <summary>
    /// Registers <see cref="BlockMessageSerializer"/> for the protocol and, when this node has role
    /// <see cref="BlockExecutionService.Role"/>, starts the <see cref="BlockExecutionServiceActor"/> at
    /// <see cref="BlockExecutionService.Path"/>. It executes on the <see cref="IBlockExecutor"/> from DI when there is one,
    /// else on the system's <see cref="ParallelEvmEngine"/> (see <see cref="ParallelEvmHostingExtensions.WithParallelEvm"/>).
    /// Needs remoting and clustering (<c>WithRemoting</c>, <c>WithClustering</c>).
    /// </summary>
    public static AkkaConfigurationBuilder WithBlockExecutionCluster(this AkkaConfigurationBuilder builder, BlockExecutionServiceOptions? service = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = (service ?? new BlockExecutionServiceOptions()).Validate();
        builder.WithCustomSerializer("parallel-evm-blocks", [typeof(IBlockExecutionMessage)], system => new BlockMessageSerializer(system));
        return builder.WithActors((system, registry, resolver) =>
        {
            if (!Akka.Cluster.Cluster.Get(system).SelfRoles.Contains(BlockExecutionService.Role)) return;
            var executor = resolver.GetService<IBlockExecutor>() ?? ParallelEvmEngine.Get(system).Executor;
            var actor = system.ActorOf(BlockExecutionServiceActor.Props(executor, options), BlockExecutionService.Name);
            registry.Register<BlockExecutionServiceActor>(actor);
        });
    }

    /// <summary>Makes a <see cref="BlockExecutionClient"/> on the host's actor system resolvable from DI.</summary>
    public static IServiceCollection AddBlockExecutionClient(this IServiceCollection services, BlockExecutionClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var validated = (options ?? new BlockExecutionClientOptions()).Validate();
        services.TryAddSingleton(sp => new BlockExecutionClient(sp.GetRequiredService<ActorSystem>(), validated));
        return services;
    }
}
