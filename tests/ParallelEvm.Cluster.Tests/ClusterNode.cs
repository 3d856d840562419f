using Akka.Actor;
using Akka.Event;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.Actors.Hosting;

namespace ParallelEvm.Cluster.Tests;

/// <summary>
/// One in-process cluster node, built exactly as <c>pevm node</c> builds it (a Generic Host with
/// <see cref="ParallelEvmNodeHostingExtensions.AddParallelEvmNode"/>), on 127.0.0.1 and a free port.
/// </summary>
sealed class ClusterNode : IAsyncDisposable
{
    static readonly EngineOptions Engine = new() { Executors = 2, Shards = 2 };

    ClusterNode(IHost host)
    {
        Host = host;
        System = host.Services.GetRequiredService<ActorSystem>();
    }

    public IHost Host { get; }
    public ActorSystem System { get; }
    public Akka.Cluster.Cluster Cluster => Akka.Cluster.Cluster.Get(System);
    public Address Address => Cluster.SelfAddress;
    public BlockExecutionClient Client => Host.Services.GetRequiredService<BlockExecutionClient>();
    public IBlockExecutor Executor => Host.Services.GetRequiredService<IBlockExecutor>();

    /// <param name="seeds">Nodes to join; none starts a new cluster.</param>
    /// <param name="executor">Replaces the node's engine (given the node's actor system), to make a node misbehave.</param>
    /// <param name="roles">Cluster roles; executor by default.</param>
    public static async Task<ClusterNode> StartAsync(IReadOnlyList<ClusterNode> seeds, BlockExecutionClientOptions? client = null,
        Func<ActorSystem, IBlockExecutor>? executor = null, string[]? roles = null)
    {
        var options = new ParallelEvmNodeOptions
        {
            Port = 0,
            Roles = roles ?? [BlockExecutionService.Role],
            Seeds = seeds.Select(s => s.Address.ToString()).ToArray(),
            Engine = Engine,
            Client = client ?? new BlockExecutionClientOptions(),
        };
        var host = new HostBuilder()
            .ConfigureServices(services =>
            {
                if (executor is not null) services.AddSingleton(sp => executor(sp.GetRequiredService<ActorSystem>()));
                services.AddParallelEvmNode(options, akka => akka.ConfigureLoggers(log => log.LogLevel = LogLevel.WarningLevel));
            })
            .Build();
        await host.StartAsync();
        return new ClusterNode(host);
    }

    /// <summary>Waits until this node's client routes to <paramref name="count"/> executor nodes.</summary>
    public Task WaitForExecutors(int count) =>
        WaitUntil(async () => await Client.CountExecutorsAsync() == count, $"{count} executor nodes routed to from {Address}");

    public async Task StopAsync() => await Host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            Host.Dispose();
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds; generous, since the machine may be loaded.</summary>
    public static Task WaitUntil(Func<bool> condition, string what, int seconds = 60) =>
        WaitUntil(() => Task.FromResult(condition()), what, seconds);

    public static async Task WaitUntil(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"still waiting after {seconds} s for: {what}");
            await Task.Delay(50);
        }
    }
}
