using System.Runtime.InteropServices;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Runs chosen transactions once each against the base state only, in parallel, and keeps what each read and wrote.
/// A run that fails (invalid against the base state, or an exception) leaves that transaction to its cheap facts:
/// this is a hint, nothing here may fail the block.
/// </summary>
sealed class SpeculativeRuns
{
    /// <summary>Where a run's accesses sit in its worker's buffer; <see cref="Buffer"/> null: not run.</summary>
    readonly record struct Run(List<KeyAccess>? Buffer, int Start, int Count, long GasUsed);

    readonly Run[] _runs;

    SpeculativeRuns(Run[] runs) => _runs = runs;

    public int Count { get; private set; }

    public bool Ran(int tx) => _runs.Length > 0 && _runs[tx].Buffer is not null;

    public long GasUsedOf(int tx) => _runs[tx].GasUsed;

    public ReadOnlySpan<KeyAccess> AccessesOf(int tx)
    {
        var run = _runs[tx];
        return run.Buffer is null ? default : CollectionsMarshal.AsSpan(run.Buffer).Slice(run.Start, run.Count);
    }

    public static readonly SpeculativeRuns None = new([]);

    public static SpeculativeRuns Execute(IReadOnlyList<Transaction?> txs, BlockEnv env, ForkRules rules, IStateReader baseState,
        GraphOptions options, BlockAddresses addresses)
    {
        if (!options.Speculate) return None;
        var chosen = Choose(txs, new TxClassifier(baseState, addresses, skipUnshared: false), options);
        if (chosen.Length == 0) return None;
        var runs = new Run[txs.Count];
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.SpeculationThreads) };
            // Parallel.For replaces its tasks now and then; pooling keeps one processor per thread, not one per task.
            var idle = new System.Collections.Concurrent.ConcurrentBag<Worker>();
            Parallel.For(0, chosen.Length, parallel,
                () => idle.TryTake(out var worker) ? worker : new Worker(env, rules, baseState),
                (k, _, worker) =>
                {
                    int tx = chosen[k];
                    runs[tx] = worker.Execute(txs[tx]!);
                    return worker;
                },
                idle.Add);
        }
        catch (Exception)
        {
            // Only the scheduling machinery can get here (runs catch their own failures); keep whatever finished.
        }
        var result = new SpeculativeRuns(runs);
        foreach (var run in runs) if (run.Buffer is not null) result.Count++;
        return result;
    }

    /// <summary>The transactions worth a run, in block order, within the gas and count budgets.</summary>
    static int[] Choose(IReadOnlyList<Transaction?> txs, TxClassifier classifier, GraphOptions options)
    {
        var chosen = new List<int>();
        long gasLeft = options.SpeculationGasBudget;
        for (int i = 0; i < txs.Count && chosen.Count < options.SpeculationMaxTransactions && gasLeft > 0; i++)
        {
            if (txs[i] is not { } tx) continue;
            var shape = classifier.Next(tx, i);
            if (!shape.CanSpeculate || shape.Kind == TxShapeKind.Erc20 && !options.SpeculateDecodedCalls) continue;
            long gas = Math.Max(0, tx.GasLimit);
            if (gas > gasLeft) continue;
            gasLeft -= gas;
            chosen.Add(i);
        }
        return chosen.ToArray();
    }

    /// <summary>One thread's processor, reader and access buffer (processors are not thread-safe).</summary>
    sealed class Worker(BlockEnv env, ForkRules rules, IStateReader baseState)
    {
        readonly List<KeyAccess> _buffer = new();
        readonly SpeculativeReader _reader = new(baseState);
        TransactionProcessor _processor = NewProcessor(rules);

        static TransactionProcessor NewProcessor(ForkRules rules) => new(rules) { DefersCoinbasePayment = true };

        public Run Execute(Transaction tx)
        {
            int start = _buffer.Count;
            _reader.Begin(tx, _buffer);
            TransactionResult result;
            try
            {
                result = _processor.Execute(tx, env, _reader);
            }
            catch (Exception)
            {
                // A VM or base-state failure on one transaction: drop its run, and the processor it may have left half-way.
                _processor = NewProcessor(rules);
                result = TransactionResult.Invalid("speculative run failed");
            }
            if (!result.IsValid)
            {
                _buffer.RemoveRange(start, _buffer.Count - start);
                return default;
            }
            AppendWrites(result.Changes);
            return new Run(_buffer, start, _buffer.Count - start, result.GasUsed);
        }

        void AppendWrites(StateDiff changes)
        {
            foreach (var (address, change) in changes.Accounts)
            {
                if (change.AccountChanged)
                    _buffer.Add(new KeyAccess(GraphKey.Account(address), AccessKind.Write, AccessOrigin.Speculated));
                // Destroyed or (re)created: every older slot now reads as zero, a write to the whole storage.
                if (change.StorageCleared || change.Account is null)
                    _buffer.Add(new KeyAccess(GraphKey.Contract(address), AccessKind.Write, AccessOrigin.Speculated));
                foreach (var slot in change.Storage.Keys)
                    _buffer.Add(new KeyAccess(GraphKey.Storage(address, slot), AccessKind.Write, AccessOrigin.Speculated));
            }
        }
    }
}
