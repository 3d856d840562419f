using System.Runtime.InteropServices;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Builds a <see cref="TransactionGraph"/>: classify each transaction, optionally run the ones whose facts are vague,
/// then one pass in block order through a <see cref="DependencyTracker"/>. Linear in the number of keys.
/// </summary>
static class GraphBuilder
{
    public static TransactionGraph Build(IReadOnlyList<Transaction?> txs, BlockEnv env, ForkRules rules, IStateReader baseState,
        GraphOptions options)
    {
        int n = txs.Count;
        var runs = SpeculativeRuns.Execute(txs, env, rules, baseState, options);
        var classifier = new TxClassifier(baseState);

        var tracker = new DependencyTracker(capacity: 2 * n);
        var accesses = new List<KeyAccess>();
        var found = new List<int>();
        var edges = new List<int>(n);
        var starts = new int[n + 1];
        var weights = new long[n];
        for (int tx = 0; tx < n; tx++)
        {
            if (txs[tx] is { } transaction)
            {
                var shape = classifier.Next(transaction);
                bool ran = runs.Ran(tx);
                weights[tx] = ran ? runs.GasUsedOf(tx) : Math.Max(0, transaction.GasLimit);
                accesses.Clear();
                CheapFacts.Append(transaction, shape, ran, options, accesses);
                if (ran) AppendRun(runs.AccessesOf(tx), shape, accesses);
                found.Clear();
                tracker.Add(tx, CollectionsMarshal.AsSpan(accesses), found);
                AppendSortedDistinct(found, edges);
            }
            starts[tx + 1] = edges.Count;
        }
        var dependencies = edges.ToArray();
        return new TransactionGraph(starts, dependencies, weights, runs.Count);
    }

    /// <summary>
    /// A run's accesses. For a decoded ERC-20 call, its slots in the token are the same balances its decoded keys already
    /// name: they must not also bridge to every decoded call on the token (see <see cref="DependencyTracker"/>).
    /// </summary>
    static void AppendRun(ReadOnlySpan<KeyAccess> run, in TxShape shape, List<KeyAccess> into)
    {
        bool decoded = shape.Kind == TxShapeKind.Erc20;
        foreach (var access in run)
        {
            if (decoded && access.Key.Scope == shape.Target && access.Key.IsInContractStorage)
                into.Add(access with { Origin = AccessOrigin.Declared });
            else
                into.Add(access);
        }
    }

    static void AppendSortedDistinct(List<int> found, List<int> edges)
    {
        found.Sort();
        for (int i = 0; i < found.Count; i++)
            if (i == 0 || found[i] != found[i - 1]) edges.Add(found[i]);
    }
}
