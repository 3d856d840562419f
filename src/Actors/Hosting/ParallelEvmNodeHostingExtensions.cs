using Akka.Cluster.Hosting;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ParallelEvm.Actors.Hosting;

/// <summary>Everything a <c>pevm node</c> is, for any Generic Host: remoting, clustering, the engine and the block service.</summary>
public static class ParallelEvmNodeHostingExtensions
{
    /// <summary>
    /// The actor system of a node, in one call: <c>AddAkka</c> named <see cref="ParallelEvmNodeOptions.SystemName"/> with
    /// <see cref="WithParallelEvmNode"/>, plus <see cref="IBlockExecutor"/> and a
    /// <see cref="Cluster.BlockExecutionClient"/> in DI. <paramref name="configure"/> adds more to the actor system (loggers…).
    /// </summary>
    public static IServiceCollection AddParallelEvmNode(this IServiceCollection services, ParallelEvmNodeOptions options,
        Action<AkkaConfigurationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddAkka(ParallelEvmNodeOptions.SystemName, builder =>
        {
            builder.WithParallelEvmNode(options);
            configure?.Invoke(builder);
        });
        return services.AddParallelEvmExecutor().AddBlockExecutionClient(options.Client);
    }

    /// <summary>
    /// Akka.Remote over TCP on <see cref="ParallelEvmNodeOptions.Host"/>:<see cref="ParallelEvmNodeOptions.Port"/>,
    /// Akka.Cluster with the given roles joining the seeds (or itself, when there are none), the engine
    /// (<see cref="ParallelEvmHostingExtensions.WithParallelEvm"/>) and the block-execution service
    /// (<see cref="BlockExecutionClusterHostingExtensions.WithBlockExecutionCluster"/>).
    /// </summary>
    public static AkkaConfigurationBuilder WithParallelEvmNode(this AkkaConfigurationBuilder builder, ParallelEvmNodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(options), options.Port, "port must be within 0..65535");
        builder
            .WithRemoting(new RemoteOptions
            {
                HostName = options.Host,
                Port = options.Port,
                MaxFrameSize = options.MaxFrameSize,
            })
            .WithClustering(new ClusterOptions
            {
                Roles = options.Roles.ToArray(),
                SeedNodes = options.Seeds.Count > 0 ? options.Seeds.ToArray() : null,
            })
            .WithParallelEvm(options.Engine)
            .WithBlockExecutionCluster(options.Service)
            // .NET maps Akka's reuse-addr to SO_REUSEPORT on Linux, which lets a second node bind the same port and
            // silently take half its connections; off, a port clash fails at start.
            .AddHocon("akka.remote.dot-netty.tcp.tcp-reuse-addr = off", HoconAddMode.Prepend);
        if (options.Seeds.Count == 0)
        {
            // The first node of a cluster: it joins itself, and later nodes name it as their seed.
            builder.AddStartup((system, _) =>
            {
                var cluster = Akka.Cluster.Cluster.Get(system);
                cluster.Join(cluster.SelfAddress);
            });
        }
        return builder;
    }
}
