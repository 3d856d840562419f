using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Dependency hints for one block, built before execution (ARCHITECTURE.md §4): for each transaction, the earlier
/// transactions it is predicted to read from. The scheduler may hold a transaction back until its dependencies have
/// executed, run a chain back-to-back on one executor, and choose serial mode when the critical path is long.
/// Hints only: a wrong or missing edge costs time, never correctness (validation still runs).
/// <para>
/// An edge j → i (i &lt; j) means: j reads a key whose nearest earlier writer is i. Keys come from the sender (nonce and
/// balance), the recipient (a credit when value is sent, a read of its code otherwise), decoded ERC-20 calldata
/// (per-holder balances and allowances), EIP-2930 access lists, EIP-7702 authorities, a "whole contract" key for calls
/// it cannot decode, and, with <see cref="GraphOptions.Speculate"/>, the accounts and slots a run against the base state
/// read and wrote. The coinbase's fee credit is never a key. Immutable and thread-safe once built.
/// </para>
/// </summary>
public sealed class TransactionGraph
{
    readonly int[] _dependencyStarts;
    readonly int[] _dependencies;
    readonly int[] _dependentStarts;
    readonly int[] _dependents;
    readonly ChainPartition _chains;

    internal TransactionGraph(int[] dependencyStarts, int[] dependencies, int[] dependentStarts, int[] dependents,
        ChainPartition chains, GraphTotals totals)
    {
        Count = dependencyStarts.Length - 1;
        _dependencyStarts = dependencyStarts;
        _dependencies = dependencies;
        _dependentStarts = dependentStarts;
        _dependents = dependents;
        _chains = chains;
        SpeculatedCount = totals.SpeculatedCount;
        CriticalPathLength = totals.CriticalPathLength;
        CriticalPathGas = totals.CriticalPathGas;
        TotalGas = totals.TotalGas;
        DependentShare = Count == 0 ? 0 : (double)totals.DependentCount / Count;
    }

    /// <summary>Builds the graph of a block. Never throws on odd transactions or a broken base state: those just give fewer hints.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <param name="accessList">The block's EIP-7928 access list when it has one: consecutive writers of a location are linked.</param>
    public static TransactionGraph Build(IReadOnlyList<Transaction> txs, BlockEnv env, ForkRules rules, IStateReader baseState,
        GraphOptions? options = null, BlockAccessList? accessList = null)
    {
        ArgumentNullException.ThrowIfNull(txs);
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(baseState);
        return GraphBuilder.Build(txs, env, rules, baseState, options ?? GraphOptions.Default, accessList);
    }

    /// <summary>Builds the graph of the block a request would execute.</summary>
    public static TransactionGraph Build(BlockExecutionRequest request, GraphOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Build(request.Transactions, request.Env, request.Rules, request.BaseState, options, request.AccessList);
    }

    /// <summary>Number of transactions.</summary>
    public int Count { get; }

    /// <summary>Number of dependency edges.</summary>
    public int EdgeCount => _dependencies.Length;

    /// <summary>The lower indices <paramref name="tx"/> is predicted to read from: sorted, without duplicates.</summary>
    public ReadOnlySpan<int> DependenciesOf(int tx) =>
        _dependencies.AsSpan(_dependencyStarts[tx], _dependencyStarts[tx + 1] - _dependencyStarts[tx]);

    /// <summary>The higher indices predicted to read from <paramref name="tx"/> (whom to release once it has executed): sorted.</summary>
    public ReadOnlySpan<int> DependentsOf(int tx) =>
        _dependents.AsSpan(_dependentStarts[tx], _dependentStarts[tx + 1] - _dependentStarts[tx]);

    /// <summary>
    /// The chain <paramref name="tx"/> belongs to: transactions connected by predicted edges, to run back-to-back on one
    /// executor. Chains are numbered 0..<see cref="ChainCount"/>−1 in the order of their first transaction.
    /// </summary>
    public int ChainOf(int tx) => _chains.ChainOf[tx];

    /// <summary>Number of chains (an independent transaction is a chain of one).</summary>
    public int ChainCount => _chains.Starts.Length - 1;

    /// <summary>The transactions of a chain, in block order.</summary>
    public ReadOnlySpan<int> ChainMembers(int chain) =>
        _chains.Members.AsSpan(_chains.Starts[chain], _chains.Starts[chain + 1] - _chains.Starts[chain]);

    /// <summary>Transactions on the longest path of predicted dependencies (0 for an empty block, 1 when nothing depends).</summary>
    public int CriticalPathLength { get; }

    /// <summary>
    /// Gas along the heaviest path of predicted dependencies: gas used by speculative runs where there was one, the gas
    /// limit otherwise. Compare with the block's total to judge how much parallelism is left.
    /// </summary>
    public long CriticalPathGas { get; }

    /// <summary>
    /// Gas of all transactions, weighed as in <see cref="CriticalPathGas"/>. TotalGas / CriticalPathGas bounds the speedup
    /// any number of executors can reach if the hints are right: near 1, serial mode is the better choice.
    /// </summary>
    public long TotalGas { get; }

    /// <summary>Share (0..1) of transactions with at least one predicted dependency.</summary>
    public double DependentShare { get; }

    /// <summary>How many transactions were run speculatively (0 unless <see cref="GraphOptions.Speculate"/>).</summary>
    public int SpeculatedCount { get; }
}
