using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;
using Xunit.Abstractions;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>
/// Predicted edges against the dependencies serial execution really shows (<see cref="SerialConflicts"/>): the graph
/// should name almost every real one. Recall counts a real edge j→i as found when the graph has exactly that edge.
/// </summary>
public class PredictionRecallSpecs(ITestOutputHelper output)
{
    public static TheoryData<string, WorkloadOptions> Workloads => new()
    {
        { "chain", new WorkloadOptions(WorkloadKind.Chain, 300) },
        { "mixed 50%", new WorkloadOptions(WorkloadKind.Mixed, 600) { ConflictRate = 0.5, Seed = 3 } },
        { "mixed 100% k3", new WorkloadOptions(WorkloadKind.Mixed, 600) { ConflictRate = 1, TxsPerSender = 3 } },
        { "erc20 k3", new WorkloadOptions(WorkloadKind.Erc20, 600) { TxsPerSender = 3 } },
        { "amm k4", new WorkloadOptions(WorkloadKind.Amm, 400) { TxsPerSender = 4 } },
        { "raw k5", new WorkloadOptions(WorkloadKind.Raw, 500) { TxsPerSender = 5 } },
    };

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Speculating_graph_finds_at_least_95_percent_of_real_dependencies(string name, WorkloadOptions options)
    {
        var w = WorkloadGenerator.Create(options);
        var real = SerialConflicts.Of(w);
        var graph = TransactionGraph.Build(w.Txs, w.Env, w.Rules, w.PreState, GraphBlocks.Speculating);

        var (recall, precision) = Score(real, graph);
        output.WriteLine($"{name}: {real.Count} real edges, {graph.EdgeCount} predicted, recall {recall:P1}, precision {precision:P1}");

        Assert.NotEmpty(real);
        Assert.True(recall >= 0.95, $"{name}: recall {recall:P1}");
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Cheap_facts_alone_find_at_least_95_percent_of_real_dependencies_on_these_workloads(string name, WorkloadOptions options)
    {
        var w = WorkloadGenerator.Create(options);
        var real = SerialConflicts.Of(w);
        var graph = TransactionGraph.Build(w.Txs, w.Env, w.Rules, w.PreState);

        var (recall, precision) = Score(real, graph);
        output.WriteLine($"{name}: {real.Count} real edges, {graph.EdgeCount} predicted, recall {recall:P1}, precision {precision:P1}");

        Assert.True(recall >= 0.95, $"{name}: recall {recall:P1}");
    }

    [Fact]
    public void Dependencies_hidden_behind_forwarding_contracts_are_found_only_by_speculation()
    {
        // Each transaction calls its own forwarder, which calls one of two shared counters: the calldata names no
        // shared key, so only a run sees that transaction j increments the same slot as transaction j − 2.
        var block = new GraphBlocks(accounts: 40);
        Address[] counters = [Address.FromNumber(0xC1), Address.FromNumber(0xC2)];
        foreach (var counter in counters) Contracts.Place(block.State, counter, SetCodeBlocks.CounterCode);
        for (int i = 0; i < 40; i++)
        {
            var forwarder = Address.FromNumber(0xF000 + (ulong)i);
            Contracts.Place(block.State, forwarder, SetCodeBlocks.ForwarderCode);
            block.Send(GraphBlocks.A(i), forwarder, 0, SetCodeBlocks.AddressWord(counters[i % 2]), gas: 200_000);
        }
        var real = SerialConflicts.Of(block.Txs, GraphBlocks.Env, GraphBlocks.Rules, block.State);

        var (factsRecall, _) = Score(real, block.Build());
        var (recall, precision) = Score(real, block.Build(GraphBlocks.Speculating));
        output.WriteLine($"forwarders: {real.Count} real edges, facts recall {factsRecall:P1}, speculating recall {recall:P1}, precision {precision:P1}");

        Assert.Equal(38, real.Count);
        Assert.Equal(0, factsRecall);
        Assert.True(recall >= 0.95, $"recall {recall:P1}");
    }

    static (double Recall, double Precision) Score(HashSet<(int Tx, int Dependency)> real, TransactionGraph graph)
    {
        int found = 0;
        foreach (var (tx, dependency) in real)
            if (graph.DependenciesOf(tx).Contains(dependency)) found++;
        int predictedReal = 0;
        for (int tx = 0; tx < graph.Count; tx++)
            foreach (int d in graph.DependenciesOf(tx))
                if (real.Contains((tx, d))) predictedReal++;
        return (real.Count == 0 ? 1 : (double)found / real.Count, graph.EdgeCount == 0 ? 1 : (double)predictedReal / graph.EdgeCount);
    }
}
