using ParallelEvm.State;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Vm.BlockTests;

/// <summary>
/// Runs ethereum/tests BlockchainTests: builds the genesis from <c>pre</c> (its state root must match the genesis
/// header), imports every block in order — blocks with <c>expectException</c> must be rejected, the others accepted —
/// and finally requires <c>lastblockhash</c> to be an imported block whose state equals <c>postState</c> (or has the
/// root <c>postStateHash</c>). Exception names are not compared: sources spell them differently.
/// </summary>
public sealed class BlockchainTestRunner
{
    readonly ITransactionsExecutor _executor;
    readonly string? _filter;
    readonly int _parallelism;

    /// <param name="filter">Only tests whose id contains this (ignoring case).</param>
    /// <param name="parallelism">Files run at once (default: processor count).</param>
    public BlockchainTestRunner(ITransactionsExecutor? executor = null, string? filter = null, int? parallelism = null)
    {
        _executor = executor ?? SerialTransactionsExecutor.Instance;
        _filter = string.IsNullOrEmpty(filter) ? null : filter;
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
    }

    /// <summary>Every test under the given files or folders, in path order (files may run in parallel).</summary>
    public IEnumerable<BlockTestOutcome> Run(IEnumerable<string> filesOrDirectories)
    {
        var files = filesOrDirectories.SelectMany(BlockchainTestLoader.FindFiles).ToList();
        var perFile = _parallelism == 1
            ? files.Select(f => RunFile(f.Path, f.RelativePath))
            : files.AsParallel().AsOrdered().WithDegreeOfParallelism(_parallelism).Select(f => RunFile(f.Path, f.RelativePath));
        return perFile.SelectMany(o => o);
    }

    public IReadOnlyList<BlockTestOutcome> RunFile(string path, string relativePath)
    {
        var file = BlockchainTestLoader.LoadFile(path, relativePath);
        var outcomes = new List<BlockTestOutcome>();
        foreach (var (id, error) in file.Errors)
            if (Selected(id)) outcomes.Add(new BlockTestOutcome(id, false, $"fixture error: {error.Message}"));
        foreach (var test in file.Tests)
            if (Selected(test.Id)) outcomes.Add(Run(test));
        return outcomes;
    }

    public BlockTestOutcome Run(BlockchainTestCase test)
    {
        try { return RunUnchecked(test); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new BlockTestOutcome(test.Id, false, $"crashed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    BlockTestOutcome RunUnchecked(BlockchainTestCase test)
    {
        var rejections = new List<(int, string?, string)>();
        BlockTestOutcome Fail(string message, int imported = 0, int rejected = 0) => new(test.Id, false, message, imported, rejected) { Rejections = rejections };
        if (!ForkSchedule.TryParse(test.Network, out var spec)) return Fail($"unsupported network '{test.Network}'");

        BlockRlp.Decoded genesis;
        try { genesis = BlockRlp.Decode(test.GenesisRlp); }
        catch (RlpException ex) { return Fail($"genesisRLP: {ex.Message}"); }
        if (test.GenesisHash is { } statedGenesis && statedGenesis != genesis.Hash)
            return Fail($"genesis hash {genesis.Hash} != genesisBlockHeader.hash {statedGenesis}");
        var genesisState = test.Pre.ToDb();
        var genesisRoot = genesisState.ComputeStateRoot();
        if (genesisRoot != genesis.Header.StateRoot) return Fail($"pre-state root {genesisRoot} != genesis stateRoot {genesis.Header.StateRoot}");

        var chain = new ChainStore();
        chain.Add(new ChainStore.Entry(genesis.Header, genesis.Hash, genesisState, spec));
        var importer = new BlockImporter(chain, spec, chainId: 1, _executor);
        int imported = 0, rejected = 0;
        foreach (var block in test.Blocks)
        {
            var entry = importer.Import(block.Rlp, out var rejection);
            if (entry is not null)
            {
                imported++;
                if (block.ExpectException is { } expected)
                    return Fail($"block {block.Index} was accepted but should be rejected ({expected})", imported, rejected);
            }
            else
            {
                rejected++;
                rejections.Add((block.Index, block.ExpectException, rejection!));
                if (block.ExpectException is null) return Fail($"block {block.Index} was rejected: {rejection}", imported, rejected);
            }
        }

        if (chain.Get(test.LastBlockHash) is not { } head)
            return Fail($"lastblockhash {test.LastBlockHash} is not an imported block", imported, rejected);
        if (test.PostState is { } post)
        {
            if (PostStateComparer.FirstDifference(head.State, post) is { } difference)
                return Fail($"post-state of {test.LastBlockHash}: {difference}", imported, rejected);
        }
        else if (test.PostStateHash is { } postHash && head.Header.StateRoot != postHash)
            return Fail($"post-state root {head.Header.StateRoot} != postStateHash {postHash}", imported, rejected);
        return new BlockTestOutcome(test.Id, true, null, imported, rejected) { Rejections = rejections };
    }

    bool Selected(string id) => _filter is null || id.Contains(_filter, StringComparison.OrdinalIgnoreCase);
}
