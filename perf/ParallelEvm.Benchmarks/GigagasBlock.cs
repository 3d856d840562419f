using ParallelEvm.Actors;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Blocks;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Benchmarks;

/// <summary>
/// A block of about one gigagas, ready for <see cref="IBlockExecutor"/>. When <c>BENCH_BLOCKS_DIR</c> names the
/// <c>shared/bench-blocks</c> folder, the block is its 1-Ggas file (signed transactions checked by two other EVMs);
/// otherwise <see cref="WorkloadGenerator"/> builds one with as many transactions as give ≈ 1 Ggas.
/// </summary>
public sealed record GigagasBlock(string Source, BlockExecutionRequest Request)
{
    public const long TargetGas = 1_000_000_000;

    public int Txs => Request.Transactions.Count;

    static string? BenchBlocksDir => Environment.GetEnvironmentVariable("BENCH_BLOCKS_DIR") is { Length: > 0 } dir ? dir : null;

    public static GigagasBlock Load(GigagasWorkload workload) =>
        BenchBlocksDir is { } dir ? FromFile(FileFor(dir, workload).Path) : Generate(workload);

    /// <summary>The block's transaction count, without building the block (for summary columns).</summary>
    public static int TxCount(GigagasWorkload workload) =>
        BenchBlocksDir is { } dir ? FileFor(dir, workload).Txs : TxsForOneGigagas(KindOf(workload));

    /// <summary>The largest <c>&lt;workload&gt;-&lt;txs&gt;.json.gz</c> in the folder (the 1-Ggas one).</summary>
    static (string Path, int Txs) FileFor(string dir, GigagasWorkload workload)
    {
        var prefix = workload.ToString().ToLowerInvariant() + "-";
        const string suffix = ".json.gz";
        var files = Directory.EnumerateFiles(dir, prefix + "*" + suffix)
            .Select(path => (Path: path, Txs: int.TryParse(Path.GetFileName(path)[prefix.Length..^suffix.Length], out var n) ? n : 0))
            .Where(f => f.Txs > 0)
            .OrderByDescending(f => f.Txs)
            .ToList();
        return files.Count > 0 ? files[0] : throw new FileNotFoundException($"BENCH_BLOCKS_DIR={dir} has no {prefix}<txs>{suffix} file");
    }

    static GigagasBlock FromFile(string path)
    {
        var file = BlockFileLoader.Load(path);
        if (!ForkSchedule.TryParse(file.Spec, out var spec)) throw new InvalidDataException($"{file.Name}: unknown spec {file.Spec}");
        var rules = ForkRules.For(spec);
        var options = new BlockProcessingOptions
        {
            Spec = spec,
            ChainId = file.ChainId,
            BlockHash = n => file.BlockHashes.TryGetValue(n, out var hash) ? hash : null,
        };
        var env = BlockEnvFactory.From(file.Header, rules, options, out var error) ?? throw new InvalidDataException($"{file.Name}: {error}");
        // The bench files give every sender in "from", which the loader puts on the transaction: no signature recovery.
        var txs = file.Transactions.Select(t => t.Transaction).ToArray();
        return new GigagasBlock(file.Name, new BlockExecutionRequest(rules, env, txs, file.PreState.ToDb()));
    }

    static WorkloadKind KindOf(GigagasWorkload workload) => workload switch
    {
        GigagasWorkload.Raw => WorkloadKind.Raw,
        GigagasWorkload.Erc20 => WorkloadKind.Erc20,
        _ => WorkloadKind.Amm,
    };

    static GigagasBlock Generate(GigagasWorkload workload)
    {
        var kind = KindOf(workload);
        var generated = WorkloadGenerator.Create(kind, TxsForOneGigagas(kind));
        return new GigagasBlock($"{generated.Name} (generated)", new BlockExecutionRequest(generated.Rules, generated.Env, generated.Txs, generated.PreState));
    }

    /// <summary>
    /// Gas per transaction is measured on a 1,000-transaction sample of the same generator (deterministic), so the block
    /// reaches 1 Ggas whatever the contracts cost: 47,620 raw transfers, ≈ 19,400 ERC-20 transfers, ≈ 22,300 swaps.
    /// </summary>
    static int TxsForOneGigagas(WorkloadKind kind)
    {
        const int sample = 1_000;
        var w = WorkloadGenerator.Create(kind, sample);
        var gas = SerialBlockExecutor.Execute(new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState)).GasUsed;
        return (int)Math.Ceiling(TargetGas / ((double)gas / sample));
    }
}
