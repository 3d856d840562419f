using System.Runtime.InteropServices;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Builds a <see cref="TransactionGraph"/>: classify each transaction, optionally run the ones whose facts are vague,
/// then one pass in block order through a <see cref="DependencyTracker"/> into a <see cref="GraphAssembly"/>. Linear
/// in the number of keys. It runs on the critical path of every block, so its buffers are reused from one transaction
/// to the next and its maps and scratch arrays are rented (see <see cref="FlatMap{TKey,TValue}"/>).
/// </summary>
static class GraphBuilder
{
    const int PrefetchDistance = 8;

    public static TransactionGraph Build(IReadOnlyList<Transaction?> txs, BlockEnv env, ForkRules rules, IStateReader baseState,
        GraphOptions options)
    {
        int n = txs.Count;
        var runs = SpeculativeRuns.Execute(txs, env, rules, baseState, options);
        // Most transactions name a sender and a recipient.
        using var accounts = new FlatMap<Address, AccountFacts>(expectedCount: 2 * n);
        using var tracker = new DependencyTracker(accounts);
        using var assembly = new GraphAssembly(n);
        var classifier = new TxClassifier(baseState, accounts);
        classifier.LearnCode(txs, PrefetchDistance);
        var accesses = new List<KeyAccess>();
        var found = new List<int>();
        for (int tx = 0; tx < n; tx++)
        {
            if (tx + PrefetchDistance < n && txs[tx + PrefetchDistance] is { } ahead)
            {
                accounts.Prefetch(ahead.Sender);
                if (ahead.To is { } to) accounts.Prefetch(to);
            }
            found.Clear();
            long weight = 0;
            if (txs[tx] is { } transaction)
            {
                var shape = classifier.Next(transaction);
                bool ran = runs.Ran(tx);
                weight = ran ? runs.GasUsedOf(tx) : Math.Max(0, transaction.GasLimit);
                if (!ran && CheapFacts.IsBareTransfer(transaction, shape))
                {
                    tracker.AddTransfer(tx, transaction.Sender, shape.Target, CheapFacts.TransferRecipientAccess(transaction, options), found);
                    assembly.Append(CollectionsMarshal.AsSpan(found), weight);
                    continue;
                }
                accesses.Clear();
                CheapFacts.Append(transaction, shape, ran, options, accesses);
                if (ran) AppendRun(runs.AccessesOf(tx), shape, accesses);
                tracker.Add(tx, CollectionsMarshal.AsSpan(accesses), found);
            }
            assembly.Append(CollectionsMarshal.AsSpan(found), weight);
        }
        return assembly.ToGraph(runs.Count);
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
}
