using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.Actors.Hosting;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Cluster.Tests;

public sealed class HostingSpecs
{
    [Fact]
    public async Task WithParallelEvm_runs_the_engine_on_the_hosts_actor_system_and_DI_resolves_it()
    {
        using var host = new HostBuilder()
            .ConfigureServices(services => services
                .AddAkka("local", akka => akka
                    .WithParallelEvm(new EngineOptions { Executors = 2, Shards = 2 })
                    .ConfigureLoggers(log => log.LogLevel = Akka.Event.LogLevel.WarningLevel))
                .AddParallelEvmExecutor())
            .Build();
        await host.StartAsync();
        try
        {
            var system = host.Services.GetRequiredService<ActorSystem>();
            var executor = Assert.IsType<ParallelBlockExecutor>(host.Services.GetRequiredService<IBlockExecutor>());
            Assert.Same(ParallelEvmEngine.Get(system).Executor, executor);
            Assert.Equal(2, executor.Options.Executors);
            Assert.True(system.Settings.Config.HasPath(EngineDispatcher.Id));

            var w = WorkloadGenerator.Create(WorkloadKind.Erc20, 40, seed: 9);
            var request = new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
            Assert.Null(ClusterResultComparison.FirstDifference(SerialBlockExecutor.Execute(request), await executor.ExecuteAsync(request)));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_node_binds_the_protocol_to_its_serializer_and_starts_the_service()
    {
        await using var node = await ClusterNode.StartAsync([]);
        await node.WaitForExecutors(1);
        foreach (var message in new object[] { new ExecuteBlock("a", [1]), new BlockAccepted("a"), new BlockExecuted("a", BlockExecutionResult.Failed("x")), new BlockExecutionFailed("a", BlockFailure.Busy, "x") })
            Assert.IsType<BlockMessageSerializer>(node.System.Serialization.FindSerializerFor(message));
        var registry = node.Host.Services.GetRequiredService<ActorRegistry>();
        Assert.True(registry.TryGet<BlockExecutionServiceActor>(out var service));
        Assert.Equal(BlockExecutionService.Path, service.Path.ToStringWithoutAddress());
    }

    [Fact]
    public async Task A_node_without_the_executor_role_runs_no_service_but_its_client_uses_the_executors()
    {
        await using var executor = await ClusterNode.StartAsync([]);
        await using var gateway = await ClusterNode.StartAsync([executor], roles: ["gateway"]);
        Assert.False(gateway.Host.Services.GetRequiredService<ActorRegistry>().TryGet<BlockExecutionServiceActor>(out _));
        await gateway.WaitForExecutors(1);

        var w = WorkloadGenerator.Create(WorkloadKind.Amm, 25, seed: 4);
        var request = new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
        var result = await gateway.Client.ExecuteAsync(request).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Null(ClusterResultComparison.FirstDifference(SerialBlockExecutor.Execute(request), result));
    }
}
