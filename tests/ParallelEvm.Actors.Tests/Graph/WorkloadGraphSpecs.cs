using ParallelEvm.Actors.Graph;
using ParallelEvm.Vm.Workloads;
using Xunit.Abstractions;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>Graph shape on the generated workloads, whose dependency structure their generator documents.</summary>
public class WorkloadGraphSpecs(ITestOutputHelper output)
{
    static TransactionGraph Build(Workload w, GraphOptions? options = null) =>
        TransactionGraph.Build(w.Txs, w.Env, w.Rules, w.PreState, options);

    [Fact]
    public void Raw_transfers_have_no_dependencies()
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Raw, 3000);
        var graph = Build(w);

        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(1, graph.CriticalPathLength);
        Assert.Equal(3000, graph.ChainCount);
        Assert.Equal(21_000, graph.CriticalPathGas);
        Assert.Equal(3000 * 21_000L, graph.TotalGas);
    }

    [Fact]
    public void Raw_nonce_chains_link_each_transaction_to_its_senders_previous_one()
    {
        // Four transactions per sender, round-robin: sender i sends i, i + n, i + 2n, i + 3n with n = 250.
        var w = WorkloadGenerator.Create(new WorkloadOptions(WorkloadKind.Raw, 1000) { TxsPerSender = 4 });
        var graph = Build(w);

        for (int tx = 0; tx < 1000; tx++)
            Assert.Equal(tx < 250 ? [] : new[] { tx - 250 }, graph.DependenciesOf(tx).ToArray());
        Assert.Equal(4, graph.CriticalPathLength);
        Assert.Equal(250, graph.ChainCount);
        Assert.Equal(0.75, graph.DependentShare);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chain_workload_makes_every_transaction_depend_on_the_previous_one(bool speculate)
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Chain, 400);
        var graph = Build(w, speculate ? GraphBlocks.Speculating : null);

        for (int tx = 1; tx < 400; tx++) Assert.Equal([tx - 1], graph.DependenciesOf(tx).ToArray());
        Assert.Equal(400, graph.CriticalPathLength);
        Assert.Equal(graph.TotalGas, graph.CriticalPathGas);
        Assert.Equal(1, graph.ChainCount);
        Assert.Equal(399.0 / 400, graph.DependentShare);
        Assert.Equal(speculate ? 400 : 0, graph.SpeculatedCount);
    }

    [Theory]
    [InlineData(WorkloadKind.Erc20, false)]
    [InlineData(WorkloadKind.Erc20, true)]
    [InlineData(WorkloadKind.Amm, false)]
    [InlineData(WorkloadKind.Amm, true)]
    public void Independent_contract_workloads_have_no_dependencies(WorkloadKind kind, bool speculate)
    {
        var graph = Build(WorkloadGenerator.Create(kind, 1000), speculate ? GraphBlocks.Speculating : null);

        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(1, graph.CriticalPathLength);
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.01)]
    [InlineData(0.25, 0.2, 0.3)]
    [InlineData(1.0, 0.99, 1.0)]
    public void Erc20_dependent_share_follows_the_conflict_rate(double conflictRate, double low, double high)
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Mixed, 2000, conflictRate: conflictRate);
        var graph = Build(w);
        output.WriteLine($"rate {conflictRate}: share {graph.DependentShare:0.000}, critical path {graph.CriticalPathLength}, chains {graph.ChainCount}");

        Assert.InRange(graph.DependentShare, low, high);
    }
}
