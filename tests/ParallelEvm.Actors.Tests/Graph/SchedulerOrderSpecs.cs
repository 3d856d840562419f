using ParallelEvm.Actors.Engine;
using static ParallelEvm.Actors.Tests.Graph.GraphBlocks;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>
/// The scheduling rules (SchedulerState) with graph hints, without actors: which transaction goes out next, and
/// which are held back or chained. Order is what decides how many re-executions a block costs.
/// </summary>
public class SchedulerOrderSpecs
{
    // 0: A0->A1, 1: A2->A3, 2: A0->A4 (nonce chain on 0), 3: A5->A6
    static SchedulerState FourWithOneChain()
    {
        var block = new GraphBlocks().Transfer(0, 1).Transfer(2, 3).Transfer(0, 4).Transfer(5, 6);
        var graph = block.Build();
        Assert.Equal(new[] { "2→0" }, Edges(graph));
        return new SchedulerState(4, graph);
    }

    static List<int> Batch(SchedulerState state, int size, int executor = 0)
    {
        state.BeginBatch(executor);
        var batch = new List<int>();
        while (batch.Count < size && state.TryNextExecution(out int tx, out _))
        {
            batch.Add(tx);
            while (batch.Count < size && state.TryNextInChain(tx, out int next, out _)) batch.Add(tx = next);
        }
        return batch;
    }

    [Fact]
    public void A_dependent_whose_dependency_is_in_the_same_batch_goes_in_order_behind_it()
    {
        var state = FourWithOneChain();
        Assert.Equal(new[] { 0, 1, 2, 3 }, Batch(state, 16));
        Assert.Equal(0, state.HeldBack);
    }

    [Fact]
    public void A_dependent_whose_dependency_runs_on_another_executor_is_held_back_then_chained_behind_it_once_released()
    {
        var state = FourWithOneChain();
        Assert.Equal(new[] { 0 }, Batch(state, 1, executor: 0));
        Assert.Equal(new[] { 1, 3 }, Batch(state, 2, executor: 1));   // 2 waits for 0, running elsewhere; 3 overtakes it
        Assert.Equal(1, state.HeldBack);
        state.FinishExecution(0, 0, wroteNewLocation: true);
        Assert.Equal(new[] { 2 }, Batch(state, 16, executor: 1));     // released by 0's execution
    }

    [Fact]
    public void A_dependent_queued_behind_its_running_dependency_on_the_same_executor_is_not_held()
    {
        var state = FourWithOneChain();
        Assert.Equal(new[] { 0 }, Batch(state, 1, executor: 0));
        // A second batch for the same executor runs after its first one: 2 can go right away.
        Assert.Equal(new[] { 1, 2 }, Batch(state, 2, executor: 0));
        Assert.Equal(0, state.HeldBack);
    }

    [Fact]
    public void A_dependent_further_up_is_not_pulled_ahead_of_the_transactions_between()
    {
        var state = FourWithOneChain();
        // 2 depends only on 0, but 1 comes first: chaining 2 right behind 0 would let it overtake 1.
        Assert.Equal(new[] { 0, 1 }, Batch(state, 2, executor: 0));
        Assert.Equal(0, state.Chained);
        state.FinishExecution(0, 0, wroteNewLocation: true);
        Assert.Equal(new[] { 2, 3 }, Batch(state, 2, executor: 1));
        Assert.Equal(0, state.HeldBack);
    }

    [Fact]
    public void Without_batches_every_unexecuted_dependency_holds_a_transaction_back()
    {
        var state = FourWithOneChain();
        var order = new List<int>();
        while (state.TryNextExecution(out int tx, out _)) order.Add(tx);
        Assert.Equal(new[] { 0, 1, 3 }, order);
        Assert.Equal(1, state.HeldBack);
    }
}
