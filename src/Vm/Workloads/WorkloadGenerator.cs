using System.Globalization;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// Builds synthetic blocks for tests, benchmarks, the CLI and the stress harness. Deterministic: the same options
/// (seed included) give the same transactions, addresses and pre-state on every run and machine.
/// </summary>
public static class WorkloadGenerator
{
    /// <summary>
    /// A workload of <paramref name="txCount"/> valid transactions of <paramref name="kind"/>.
    /// <paramref name="conflictRate"/> (0..1) is used by <see cref="WorkloadKind.Mixed"/> only.
    /// </summary>
    public static Workload Create(WorkloadKind kind, int txCount, int seed = 1, double conflictRate = 0) =>
        Create(new WorkloadOptions(kind, txCount) { Seed = seed, ConflictRate = conflictRate });

    /// <summary>A workload with every option spelled out (nonce chains, invalid transactions).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its documented range.</exception>
    public static Workload Create(WorkloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var builder = new WorkloadBuilder(options.Seed);
        switch (options.Kind)
        {
            case WorkloadKind.Raw: WorkloadKinds.Raw(builder, options); break;
            case WorkloadKind.Erc20: WorkloadKinds.Erc20(builder, options); break;
            case WorkloadKind.Amm: WorkloadKinds.Amm(builder, options); break;
            case WorkloadKind.Chain: WorkloadKinds.Chain(builder, options); break;
            case WorkloadKind.Mixed: WorkloadKinds.Mixed(builder, options); break;
        }
        builder.FundSenders();
        var invalid = InvalidTransactions.Insert(builder, options.InvalidTxs);
        return new Workload(NameOf(options), ForkRules.For(SpecId.Cancun), builder.BuildEnv(), builder.Txs.ToArray(), builder.State)
        {
            Options = options,
            InvalidTxIndices = invalid,
        };
    }

    static void Validate(WorkloadOptions options)
    {
        if (!Enum.IsDefined(options.Kind))
            throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "unknown workload kind");
        if (options.TxCount < 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.TxCount, "TxCount must not be negative");
        if (options.TxsPerSender < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.TxsPerSender, "TxsPerSender must be at least 1");
        if (!(options.ConflictRate is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.ConflictRate, "ConflictRate must be within 0..1");
        if ((options.InvalidTxs & ~(InvalidTxKinds.NonceGap | InvalidTxKinds.InsufficientBalance)) != 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.InvalidTxs, "unknown invalid transaction kind");
    }

    /// <summary>e.g. "erc20-1000-s1", "mixed-1000-c0.25-s7", "raw-100-k4-invalid3-s1".</summary>
    static string NameOf(WorkloadOptions o)
    {
        var name = $"{o.Kind.ToString().ToLowerInvariant()}-{o.TxCount}";
        if (o.Kind == WorkloadKind.Mixed) name += "-c" + o.ConflictRate.ToString("0.###", CultureInfo.InvariantCulture);
        if (o.TxsPerSender > 1) name += $"-k{o.TxsPerSender}";
        if (o.InvalidTxs != InvalidTxKinds.None) name += $"-invalid{(int)o.InvalidTxs}";
        return $"{name}-s{o.Seed}";
    }
}
