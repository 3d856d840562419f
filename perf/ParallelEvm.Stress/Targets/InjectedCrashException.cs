namespace ParallelEvm.Stress.Targets;

/// <summary>Thrown by <see cref="CrashInjector"/> inside an executor actor; the engine's supervisor restarts the executor.</summary>
public sealed class InjectedCrashException(string message) : Exception(message);
