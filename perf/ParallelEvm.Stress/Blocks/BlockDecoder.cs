using ParallelEvm.Actors;
using ParallelEvm.State;
using ParallelEvm.State.Json;
using ParallelEvm.State.Json.Blocks;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Blocks;
using ParallelEvm.Vm.Signing;

namespace ParallelEvm.Stress.Blocks;

/// <summary>
/// A node's front door: turns any payload into an execution request, or refuses it with a
/// <see cref="BadBlockInputException"/> of the right kind. Senders are always recovered from the signatures (a stated
/// <c>from</c> must match), since the input is untrusted.
/// </summary>
public static class BlockDecoder
{
    public static BlockExecutionRequest Decode(BlockPayload payload) => payload switch
    {
        DecodedPayload decoded => decoded.Request,
        JsonPayload json => DecodeJson(json),
        RlpPayload rlp => DecodeRlp(rlp),
        _ => throw new ArgumentException($"unknown payload {payload.GetType().Name}", nameof(payload)),
    };

    static BlockExecutionRequest DecodeJson(JsonPayload payload)
    {
        BlockFile file;
        try { file = BlockFileLoader.Parse(payload.Json, payload.FileName); }
        catch (FixtureFormatException ex) { throw new BadBlockInputException(BadInputKind.MalformedJson, ex.Message, ex); }
        var rules = Rules(file.Spec);
        var env = BlockEnvFactory.From(file.Header, rules, new BlockProcessingOptions { Spec = rules.Spec, ChainId = file.ChainId }, out var error)
            ?? throw new BadBlockInputException(BadInputKind.InvalidHeader, $"{file.Name}: {error}");
        var txs = new Transaction[file.Transactions.Count];
        foreach (var rpc in file.Transactions)
        {
            var sender = RecoverSender(rpc.Transaction, rules, file.ChainId, rpc.Index);
            if (rpc.From is { } from && from != sender)
                throw new BadBlockInputException(BadInputKind.InvalidSignature, $"transaction {rpc.Index}: 'from' {from} is not the recovered sender {sender}");
            txs[rpc.Index] = rpc.Transaction.WithSender(sender);
        }
        return new BlockExecutionRequest(rules, env, txs, file.PreState.ToDb());
    }

    static BlockExecutionRequest DecodeRlp(RlpPayload payload)
    {
        var rules = Rules(payload.Fork);
        var txs = new Transaction[payload.Transactions.Count];
        for (int i = 0; i < txs.Length; i++)
        {
            Transaction tx;
            try { tx = TransactionRlp.Decode(payload.Transactions[i]); }
            catch (RlpException ex) { throw new BadBlockInputException(BadInputKind.MalformedRlp, $"transaction {i}: {ex.Message}", ex); }
            txs[i] = tx.WithSender(RecoverSender(tx, rules, payload.Env.ChainId, i));
        }
        return new BlockExecutionRequest(rules, payload.Env, txs, payload.PreState);
    }

    static ForkRules Rules(string fork) =>
        ForkSchedule.TryParse(fork, out var spec) ? ForkRules.For(spec)
            : throw new BadBlockInputException(BadInputKind.UnknownFork, $"unknown fork '{fork}'");

    static Address RecoverSender(Transaction tx, ForkRules rules, ulong chainId, int index) =>
        SenderRecovery.Recover(tx, rules, chainId, out var error)
            ?? throw new BadBlockInputException(BadInputKind.InvalidSignature, $"transaction {index}: {error}");
}
