using System.CommandLine;
using System.Diagnostics;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.Actors.Hosting;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// <c>pevm node [--host H] [--port N] [--seeds akka.tcp://pevm@host:port,…] [--roles executor] [--executors N] [--submit-blocks N]</c>:
/// a cluster node (ARCHITECTURE.md §6) in a Generic Host — Akka.Remote over TCP, Akka.Cluster, the engine and, with
/// role <c>executor</c>, the block-execution service. Without seeds it starts a new cluster. It runs until Ctrl+C,
/// then leaves the cluster gracefully. With <c>--submit-blocks N</c> it instead streams N generated blocks through the
/// cluster's executors, checks each result against the serial executor, prints a summary and leaves.
/// </summary>
static class NodeCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Address to bind and to be reached at", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "TCP port (0: any free port)", DefaultValueFactory = _ => 4053 };
        var seeds = new Option<string?>("--seeds") { Description = "Comma-separated nodes to join, e.g. akka.tcp://pevm@127.0.0.1:4053 (none: start a new cluster)" };
        var roles = new Option<string>("--roles") { Description = "Comma-separated cluster roles; 'executor' executes blocks", DefaultValueFactory = _ => BlockExecutionService.Role };
        var executors = new Option<int>("--executors") { Description = "Executor actors of this node's engine", DefaultValueFactory = _ => Environment.ProcessorCount };
        var submit = new Option<int>("--submit-blocks") { Description = "Stream this many generated blocks through the cluster, verify them against serial, then leave" };
        var command = new Command("node", "Run a cluster node that executes blocks for other members") { host, port, seeds, roles, executors, submit };
        command.SetAction(parse => Run(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(seeds), parse.GetValue(roles)!,
            parse.GetValue(executors), parse.GetValue(submit)));
        return command;
    }

    static int Run(string hostName, int port, string? seedList, string roleList, int executors, int submitBlocks)
    {
        var seeds = Split(seedList);
        var roles = Split(roleList);
        if (port is < 0 or > 65535 || executors < 1 || submitBlocks < 0)
        {
            Console.Error.WriteLine("node: --port must be within 0..65535, --executors at least 1, --submit-blocks not negative");
            return 2;
        }
        if (seeds.FirstOrDefault(s => !s.StartsWith($"akka.tcp://{ParallelEvmNodeOptions.SystemName}@", StringComparison.Ordinal)) is { } bad)
        {
            Console.Error.WriteLine($"node: seed '{bad}' is not an address like akka.tcp://{ParallelEvmNodeOptions.SystemName}@127.0.0.1:4053");
            return 2;
        }
        var options = new ParallelEvmNodeOptions
        {
            Host = hostName,
            Port = port,
            Seeds = seeds,
            Roles = roles,
            Engine = new EngineOptions { Executors = executors, Shards = executors },
        };
        using var host = new HostBuilder()
            .ConfigureServices(services => services.AddParallelEvmNode(options, akka =>
            {
                // A submitting node prints its own summary; a serving node shows the cluster's membership log.
                if (submitBlocks > 0) akka.ConfigureLoggers(log => log.LogLevel = Akka.Event.LogLevel.WarningLevel);
            }))
            .UseConsoleLifetime()
            .Build();
        try
        {
            host.Start();
        }
        catch (Exception e)
        {
            var cause = e;
            while (cause.InnerException is { } inner) cause = inner;
            Console.Error.WriteLine($"node: cannot start on {hostName}:{port}: {cause.Message}");
            return 1;
        }
        var self = Akka.Cluster.Cluster.Get(host.Services.GetRequiredService<Akka.Actor.ActorSystem>()).SelfAddress;
        Console.WriteLine($"pevm node {self} roles [{string.Join(", ", roles)}], {(seeds.Length > 0 ? "joining " + string.Join(", ", seeds) : "starting a new cluster")}");
        if (submitBlocks > 0)
        {
            int status = SubmitAsync(host.Services.GetRequiredService<BlockExecutionClient>(), submitBlocks).GetAwaiter().GetResult();
            host.StopAsync().GetAwaiter().GetResult();
            return status;
        }
        Console.WriteLine("Ctrl+C leaves the cluster and stops the node");
        host.WaitForShutdown();
        return 0;
    }

    static readonly WorkloadKind[] Kinds = [WorkloadKind.Raw, WorkloadKind.Erc20, WorkloadKind.Amm, WorkloadKind.Chain, WorkloadKind.Mixed];

    /// <summary>Streams generated blocks (every workload kind, 20–50 transactions) through the cluster and checks each against serial.</summary>
    static async Task<int> SubmitAsync(BlockExecutionClient client, int count)
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await client.CountExecutorsAsync(wait.Token) == 0) await Task.Delay(200, wait.Token);
        Console.WriteLine($"submitting {count} blocks to {await client.CountExecutorsAsync(wait.Token)} executor node(s)");
        var clock = Stopwatch.StartNew();
        var blocks = Enumerable.Range(0, count).Select(i =>
        {
            var w = WorkloadGenerator.Create(Kinds[i % Kinds.Length], 20 + i * 7 % 31, seed: i + 1, conflictRate: 0.3);
            var request = new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
            // Ids unique to this run: a node remembers replies by id, and this run wants fresh executions.
            var id = $"block-{i}-{BlockExecutionClient.NewRequestId()}";
            return (Id: id, Request: request, Task: client.ExecuteAsync(id, request));
        }).ToArray();
        int mismatches = 0, failures = 0;
        long gas = 0;
        foreach (var (id, request, task) in blocks)
        {
            try
            {
                var result = await task;
                gas += result.GasUsed;
                if (ClusterResultComparison.FirstDifference(SerialBlockExecutor.Execute(request), result) is { } difference)
                {
                    mismatches++;
                    Console.Error.WriteLine($"{id}: the cluster's result differs from serial: {difference}");
                }
            }
            catch (Exception e) when (e is BlockExecutionClusterException or TimeoutException)
            {
                failures++;
                Console.Error.WriteLine(e.Message);
            }
        }
        var stats = client.Stats;
        Console.WriteLine($"{count - failures} of {count} blocks executed by the cluster in {clock.Elapsed.TotalSeconds:F1} s ({gas:N0} gas), " +
            $"{mismatches} differ from serial, {failures} failed, {stats.Retries} retries");
        return mismatches == 0 && failures == 0 ? 0 : 1;
    }

    static string[] Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
