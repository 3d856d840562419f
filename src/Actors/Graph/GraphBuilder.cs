using System.Runtime.InteropServices;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Builds a <see cref="TransactionGraph"/>: number the block's addresses, optionally run the transactions whose facts
/// are vague, classify each transaction, then one pass in block order through a <see cref="DependencyTracker"/> into a
/// <see cref="GraphAssembly"/>. Linear in the number of keys. It runs on the critical path of every block, so buffers
/// are reused from one transaction to the next and maps and scratch arrays are rented (see <see cref="FlatMap{TKey,TValue}"/>).
/// </summary>
static class GraphBuilder
{
    public static TransactionGraph Build(IReadOnlyList<Transaction?> txs, BlockEnv env, ForkRules rules, IStateReader baseState,
        GraphOptions options, BlockAccessList? accessList = null)
    {
        int n = txs.Count;
        var listed = accessList is null ? null : AccessListDependencies.Of(accessList, n);
        using var addresses = BlockAddresses.Index(txs);
        var runs = SpeculativeRuns.Execute(txs, env, rules, baseState, options, addresses);
        using var tracker = new DependencyTracker(addresses, n);
        using var assembly = new GraphAssembly(n);
        var classifier = new TxClassifier(baseState, addresses, skipUnshared: !options.Speculate);
        var accesses = new List<KeyAccess>();
        var found = new List<int>();
        for (int tx = 0; tx < n; tx++)
        {
            found.Clear();
            long weight = 0;
            if (txs[tx] is { } transaction)
            {
                var shape = classifier.Next(transaction, tx);
                bool ran = runs.Ran(tx);
                weight = ran ? runs.GasUsedOf(tx) : Math.Max(0, transaction.GasLimit);
                bool bare = !ran && CheapFacts.IsBare(transaction);
                if (bare && shape.Kind == TxShapeKind.Transfer)
                {
                    var recipientAccess = CheapFacts.TransferRecipientAccess(transaction, options);
                    tracker.AddTransfer(tx, addresses.SenderOf(tx), addresses.TargetOf(tx), recipientAccess, found);
                }
                else if (bare && shape.Kind == TxShapeKind.Erc20)
                {
                    var tokenAccess = CheapFacts.CalleeAccess(transaction);
                    tracker.AddErc20(tx, addresses.SenderOf(tx), addresses.TargetOf(tx), tokenAccess, shape.Call, found);
                }
                else
                {
                    addresses.Focus(tx);
                    accesses.Clear();
                    CheapFacts.Append(transaction, shape, ran, options, accesses);
                    if (ran) AppendRun(runs.AccessesOf(tx), shape, accesses);
                    tracker.Add(tx, CollectionsMarshal.AsSpan(accesses), found);
                }
            }
            if (listed?[tx] is { } fromAccessList) found.AddRange(fromAccessList);
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
