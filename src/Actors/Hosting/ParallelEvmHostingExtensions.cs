using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ParallelEvm.Actors.Hosting;

/// <summary>The engine as an Akka.Hosting feature: one line in a host's <c>AddAkka</c>, one for DI.</summary>
public static class ParallelEvmHostingExtensions
{
    /// <summary>
    /// Adds the engine's ForkJoin dispatcher (<see cref="EngineDispatcher"/>, sized to the executors) to the host's actor
    /// system and starts its <see cref="ParallelEvmEngine"/>: a <see cref="ParallelBlockExecutor"/> sharing that system.
    /// Pair it with <see cref="AddParallelEvmExecutor"/> to resolve the engine as <see cref="IBlockExecutor"/>.
    /// </summary>
    public static AkkaConfigurationBuilder WithParallelEvm(this AkkaConfigurationBuilder builder, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var setup = new ParallelEvmSetup(options);
        return builder
            .AddHocon(EngineDispatcher.Hocon(setup.Options.ThreadsForDispatcher), HoconAddMode.Append)
            .AddSetup(setup)
            .WithExtension<ParallelEvmEngineProvider>();
    }

    /// <summary>
    /// Makes <see cref="IBlockExecutor"/> (and <see cref="ParallelBlockExecutor"/>) resolvable from DI: the engine of the
    /// host's actor system (Akka.Hosting's builder cannot register services itself, so this is the DI half of
    /// <see cref="WithParallelEvm"/>). An <see cref="IBlockExecutor"/> registered before it wins.
    /// </summary>
    public static IServiceCollection AddParallelEvmExecutor(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => ParallelEvmEngine.Get(sp.GetRequiredService<ActorSystem>()).Executor);
        services.TryAddSingleton<IBlockExecutor>(sp => sp.GetRequiredService<ParallelBlockExecutor>());
        return services;
    }
}
