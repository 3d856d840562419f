using Akka.Actor;

namespace ParallelEvm.Actors.Hosting;

/// <summary>
/// The engine of one actor system, as an Akka extension: a <see cref="ParallelBlockExecutor"/> sharing the system and
/// its engine dispatcher, built once from the system's <see cref="ParallelEvmSetup"/> (default options without one).
/// </summary>
public sealed class ParallelEvmEngine : IExtension
{
    public ParallelEvmEngine(ActorSystem system, EngineOptions options) =>
        Executor = new ParallelBlockExecutor(system: system, options: options);

    public ParallelBlockExecutor Executor { get; }

    public static ParallelEvmEngine Get(ActorSystem system) => system.WithExtension<ParallelEvmEngine, ParallelEvmEngineProvider>();
}

/// <summary>Creates the system's <see cref="ParallelEvmEngine"/> (Akka's extension mechanism).</summary>
public sealed class ParallelEvmEngineProvider : ExtensionIdProvider<ParallelEvmEngine>
{
    public override ParallelEvmEngine CreateExtension(ExtendedActorSystem system)
    {
        var setup = system.Settings.Setup.Get<ParallelEvmSetup>();
        return new ParallelEvmEngine(system, setup.HasValue ? setup.Value.Options : new EngineOptions());
    }
}
