using Akka.Configuration;

namespace ParallelEvm.Actors;

/// <summary>
/// The engine's dedicated ForkJoin dispatcher (ARCHITECTURE.md §2: a tell+reply round trip is ~7× faster there than
/// on the default dispatcher, and the channel executor left the second core idle in short bursts).
/// </summary>
public static class EngineDispatcher
{
    public const string Id = "parallel-evm-dispatcher";

    public static Config Hocon(int threads) => ConfigurationFactory.ParseString($$"""
        {{Id}} {
          type = ForkJoinDispatcher
          throughput = 64
          dedicated-thread-pool {
            thread-count = {{Math.Max(1, threads)}}
            threadtype = background
          }
        }
        """);
}
