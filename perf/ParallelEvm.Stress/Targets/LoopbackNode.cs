using System.Text.RegularExpressions;
using Akka.Actor;
using Akka.Event;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.Actors.Hosting;

namespace ParallelEvm.Stress.Targets;

/// <summary>
/// One cluster member in this process, built as <c>pevm node</c> builds it (a Generic Host with
/// <c>AddParallelEvmNode</c>), on 127.0.0.1 and a free port: only loopback traffic.
/// </summary>
sealed class LoopbackNode : IAsyncDisposable
{
    static readonly Regex EndpointWriters = new("endpointWriter", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    LoopbackNode(IHost host, string name)
    {
        Host = host;
        Name = name;
        System = host.Services.GetRequiredService<ActorSystem>();
    }

    public IHost Host { get; }
    public string Name { get; }
    public ActorSystem System { get; }
    public Address Address => Akka.Cluster.Cluster.Get(System).SelfAddress;
    public BlockExecutionClient Client => Host.Services.GetRequiredService<BlockExecutionClient>();
    public bool Stopped { get; private set; }

    public static async Task<LoopbackNode> StartAsync(string name, IReadOnlyList<LoopbackNode> seeds, string[] roles, EngineOptions engine,
        BlockExecutionClientOptions client, CancellationToken cancellationToken)
    {
        var options = new ParallelEvmNodeOptions
        {
            Host = "127.0.0.1",
            Port = 0,
            Roles = roles,
            Seeds = seeds.Select(s => s.Address.ToString()).ToArray(),
            Engine = engine,
            Client = client,
        };
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddParallelEvmNode(options, akka => akka
                // Nodes leaving (one on purpose, all at the end of the run) are expected here: no stack traces for their disassociation.
                .AddHocon("akka.remote.log-remote-lifecycle-events = off", HoconAddMode.Prepend)
                .AddSetup(new LogFilterBuilder().ExcludeSourceRegex(EndpointWriters).Build())
                .ConfigureLoggers(log => log.LogLevel = LogLevel.WarningLevel)))
            .Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new LoopbackNode(host, name);
    }

    /// <summary>Leaves the cluster gracefully (the host's shutdown runs Akka's coordinated shutdown).</summary>
    public async Task StopAsync()
    {
        if (Stopped) return;
        Stopped = true;
        await Host.StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync().ConfigureAwait(false); }
        finally { Host.Dispose(); }
    }
}
