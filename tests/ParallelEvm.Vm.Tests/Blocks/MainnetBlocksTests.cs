using ParallelEvm.State;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm.Blocks;
using ParallelEvm.Vm.Signing;
using Xunit.Abstractions;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>
/// The 46 real mainnet blocks (Frontier … Cancun) in <c>MAINNET_BLOCKS_DIR</c>: each must reproduce the chain's gas used
/// and logs bloom, and from Byzantium its receipts root; the encodings must reproduce the chain's transaction hashes,
/// transactions roots and block hashes; every recovered sender must equal the RPC <c>from</c>.
/// </summary>
public sealed class MainnetBlocksTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (BlockDataDirs.Mainnet is not { } dir || !Directory.Exists(dir))
        {
            data.Add("(MAINNET_BLOCKS_DIR not set)"); // never run: the theory is skipped
            return data;
        }
        foreach (var path in BlockFileLoader.FindFiles(dir)) data.Add(Path.GetFileName(path));
        return data;
    }

    static string PathOf(string name) => Path.Combine(BlockDataDirs.Mainnet!, name);

    [MainnetBlocksFact]
    public void All_46_blocks_are_there()
    {
        Assert.True(Directory.Exists(BlockDataDirs.Mainnet), $"{BlockDataDirs.MainnetVariable} points at a missing folder");
        Assert.Equal(46, BlockFileLoader.FindFiles(BlockDataDirs.Mainnet!).Count);
    }

    [MainnetBlocksTheory]
    [MemberData(nameof(Files))]
    public void Block_matches_the_chain(string name)
    {
        var outcome = new BlockFileRunner { VerifySenders = true }.Run(PathOf(name), SerialTransactionsExecutor.Instance);
        output.WriteLine($"{outcome.File}: {outcome.Fork}, {outcome.Transactions} txs, {outcome.GasUsed} gas, checked {string.Join(", ", outcome.Checked)}");
        foreach (var note in outcome.Notes) output.WriteLine($"note: {note}");
        Assert.True(outcome.Ok, outcome.Error);
        Assert.Contains("gasUsed", outcome.Checked);
        Assert.Contains("logsBloom", outcome.Checked);
        if (outcome.Number >= ForkSchedule.ByzantiumBlock) Assert.Contains("receiptsRoot", outcome.Checked);
    }

    [MainnetBlocksTheory]
    [MemberData(nameof(Files))]
    public void Encodings_reproduce_the_chain_hashes_and_senders(string name)
    {
        var file = BlockFileLoader.Load(PathOf(name));
        var spec = ForkSchedule.Parse(file.Spec);
        Assert.Equal(ForkSchedule.Mainnet(file.Number, file.Header.Timestamp), spec);
        var rules = ForkRules.For(spec);
        foreach (var rpc in file.Transactions)
        {
            Assert.NotNull(rpc.From);
            var sender = SenderRecovery.Recover(rpc.Transaction, rules, 1, out var error);
            Assert.True(sender == rpc.From, $"transaction {rpc.Index}: recovered {sender?.ToString() ?? error} != from {rpc.From}");
            Assert.Equal(rpc.Hash, TransactionRlp.ComputeHash(rpc.Transaction));
            // The signed encoding must decode back to the same transaction.
            var encoded = TransactionRlp.Encode(rpc.Transaction);
            Assert.Equal(encoded, TransactionRlp.Encode(TransactionRlp.Decode(encoded)));
        }
        Assert.Equal(file.Header.TransactionsRoot, BlockRlp.ComputeTransactionsRoot(file.Transactions.Select(t => t.Transaction).ToList()));
        if (file.Withdrawals is { } withdrawals) Assert.Equal(file.Header.WithdrawalsRoot, WithdrawalRlp.ComputeRoot(withdrawals));
        Assert.Equal(file.StatedHash, HeaderRlp.ComputeHash(file.Header));
        Assert.Equal(file.Header, HeaderRlp.Decode(HeaderRlp.Encode(file.Header)), HeaderComparer.Instance);
    }

    [MainnetBlocksFact]
    public void Senders_are_recovered_when_from_is_absent()
    {
        // Strip "from" from a Cancun block with blob transactions: execution must recover every sender and still match.
        var path = PathOf("19932703.json");
        var json = File.ReadAllText(path);
        var stripped = System.Text.RegularExpressions.Regex.Replace(json, "\"from\":\\s*\"0x[0-9a-fA-F]{40}\",?", "");
        var file = BlockFileLoader.Parse(System.Text.Encoding.UTF8.GetBytes(stripped), path);
        Assert.All(file.Transactions, t => Assert.Null(t.From));
        Assert.Contains(file.Transactions, t => t.Transaction.Type == TxType.Blob);
        var outcome = new BlockFileRunner().Run(file, SerialTransactionsExecutor.Instance);
        Assert.True(outcome.Ok, outcome.Error);
        Assert.Contains("receiptsRoot", outcome.Checked);
    }
}
