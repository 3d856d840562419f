using Akka.Actor.Setup;

namespace ParallelEvm.Actors.Hosting;

/// <summary>The engine options an actor system's <see cref="ParallelEvmEngine"/> is built with.</summary>
public sealed class ParallelEvmSetup(EngineOptions options) : Setup
{
    public EngineOptions Options { get; } = options.Validate();
}
