using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Vm.Tests.Workloads;

/// <summary>Executes a workload one transaction after another over a <see cref="DiffOverlay"/> (the reference serial order).</summary>
sealed class SerialRun
{
    public SerialRun(Workload workload)
    {
        var processor = new TransactionProcessor(workload.Rules);
        State = new DiffOverlay(workload.PreState);
        foreach (var tx in workload.Txs)
        {
            var result = processor.Execute(tx, workload.Env, State);
            Results.Add(result);
            if (result.IsValid) State.Apply(result.Changes);
        }
    }

    public List<TransactionResult> Results { get; } = new();
    public DiffOverlay State { get; }
}
