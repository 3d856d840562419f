using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Everything one block's actors share by reference (ARCHITECTURE.md §2: messages carry indices, never state):
/// the transactions, MVMemory, and per-transaction slots that only the executor running that transaction writes.
/// </summary>
sealed class BlockContext
{
    public BlockContext(BlockExecutionRequest request, EngineOptions options, TransactionGraph? graph = null, MvMemoryPool? pool = null)
    {
        _pool = pool;
        Graph = graph;
        Request = request;
        Count = request.Transactions.Count;
        Coinbase = request.Env.Coinbase;
        Options = options;
        int n = request.Transactions.Count;
        Memory = pool?.Rent(options.Shards, Math.Max(1024, n * 8)) ?? new MvMemory(options.Shards, Math.Max(1024, n * 8));
        CoinbaseLocation = Memory.GetOrAddLocation(MvKey.Account(request.Env.Coinbase), new MvWriterCursor());
        Results = new TransactionResult?[n];
        ReadSets = new ReadSet?[n];
        Pending = new TransactionResult?[n];
    }

    public BlockExecutionRequest Request { get; private set; }
    /// <summary>Dependency hints for the scheduler (null: none).</summary>
    public TransactionGraph? Graph { get; private set; }
    public EngineOptions Options { get; }
    public MvMemory Memory { get; private set; }

    /// <summary>How long planning spent on the graph (reported in the block's counters).</summary>
    public double GraphMs { get; init; }
    public int Count { get; }
    public Address Coinbase { get; }

    /// <summary>Where the block's outcome goes; cleared with the rest on <see cref="Release"/>.</summary>
    public TaskCompletionSource<BlockExecutionResult>? Completion { get; set; }
    public int CoinbaseLocation { get; }

    /// <summary>The latest incarnation's result per transaction.</summary>
    public TransactionResult?[] Results { get; private set; }
    /// <summary>The latest incarnation's reads per transaction (replaced as a whole, so validators see a consistent set).</summary>
    public ReadSet?[] ReadSets { get; private set; }
    /// <summary>
    /// The result an executor is publishing right now (null otherwise): if it crashes half-way, these writes may be in
    /// MVMemory, so estimates and the next incarnation's clean-up cover them too.
    /// </summary>
    public TransactionResult?[] Pending { get; private set; }

    /// <summary>Set by the scheduler when conflicts make parallel execution pointless; the caller then runs the block serially.</summary>
    public bool FallbackRequested { get; set; }

    /// <summary>
    /// Drops the block's working data once its actors have stopped. Stopped actors and cancelled timers can stay
    /// reachable for a few hundred milliseconds; without this, back-to-back blocks kept up to four blocks' state and results alive.
    /// </summary>
    public void Release()
    {
        if (Memory is not null) _pool?.Return(Memory);
        Memory = null!;
        Graph = null;
        // Props keep the context until Akka lets go of the stopped actor: it must not keep the request (base state)
        // or, through the completion's task, the result.
        Request = null!;
        Completion = null;
        Results = [];
        ReadSets = [];
        Pending = [];
    }

    readonly MvMemoryPool? _pool;
    int _coinbaseReaders;

    /// <summary>Some transaction read the coinbase balance: from then on, a changed fee must trigger revalidation.</summary>
    public void NoteCoinbaseReader() => Interlocked.Increment(ref _coinbaseReaders);

    public bool HasCoinbaseReaders => Volatile.Read(ref _coinbaseReaders) > 0;

    /// <summary>The coinbase account as transaction <paramref name="txIndex"/> sees it: the latest explicit write below it plus the fees since.</summary>
    public MvReadResult ReadCoinbase(int txIndex, out Account? account)
    {
        var read = Memory.Read(CoinbaseLocation, txIndex);
        account = null;
        if (read.Status == MvReadStatus.Estimate) return read;
        account = read.Status == MvReadStatus.Found ? read.Value.Account : Request.BaseState.GetAccount(Coinbase);
        int from = read.Status == MvReadStatus.Found ? read.Version.TxIndex : 0;
        var fees = UInt256.Zero;
        // Each result carries its deferred coinbase fee (ARCHITECTURE.md §4: a commutative delta); results are
        // published by reference, so readers on other threads never see a torn 256-bit value.
        for (int i = from; i < txIndex; i++)
            if (Volatile.Read(ref Results[i]) is { } result) fees += result.CoinbaseFee;
        if (!fees.IsZero)
        {
            var a = account ?? Account.Empty;
            account = a with { Balance = a.Balance + fees };
        }
        return read;
    }
}
