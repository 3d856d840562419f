using System.Text;
using ParallelEvm.Actors;
using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Precompiles;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Stress.Blocks;

/// <summary>
/// The bad-input mix: payloads the decoder must refuse (malformed JSON, truncated RLP, invalid signatures, an unknown
/// fork), blocks the engine must reject with the serial executor's error (nonce gap, gas over the block limit,
/// oversized initcode, a sender missing from the pre-state), and two valid controls delivered as JSON and as RLP.
/// </summary>
public static class BadInputs
{
    public static IReadOnlyList<BlockCase> All(int seed = 1)
    {
        var signed = SignedBlock.Create(8, seed);
        var serial = SerialBlockExecutor.Execute(signed.Request);
        if (!serial.Succeeded) throw new InvalidOperationException($"the signed control block does not run: {serial.Error}");
        var json = BlockFileJson.Write(signed, serial.GasUsed);
        var rlp = signed.Txs.Select(TransactionRlp.Encode).ToArray();

        return
        [
            new("valid json", new JsonPayload(json, "valid.json"), new MatchesSerial(serial)),
            new("valid rlp", Rlp(signed, rlp), new MatchesSerial(serial)),
            new("malformed json: truncated", new JsonPayload(json[..(json.Length / 2)], "truncated.json"), Refused(BadInputKind.MalformedJson)),
            new("malformed json: not a number", new JsonPayload(NotANumber(json), "nonce.json"), Refused(BadInputKind.MalformedJson)),
            new("truncated rlp", Rlp(signed, [.. rlp[..^1], rlp[^1][..^3]]), Refused(BadInputKind.MalformedRlp)),
            new("invalid signature: high s", Rlp(signed, [.. rlp[..^1], TransactionRlp.Encode(HighS(signed.Txs[^1]))]), Refused(BadInputKind.InvalidSignature)),
            new("invalid signature: not from", new JsonPayload(BlockFileJson.Write(signed with { Txs = [.. signed.Txs.Take(signed.Txs.Count - 1), OtherR(signed.Txs[^1])] }, serial.GasUsed), "from.json"),
                Refused(BadInputKind.InvalidSignature)),
            new("unknown fork", new JsonPayload(BlockFileJson.Write(signed, serial.GasUsed, spec: "ATLANTIS"), "fork.json"), Refused(BadInputKind.UnknownFork)),
            ExecutionError("nonce gap", NonceGap(seed)),
            ExecutionError("gas over block limit", GasOverBlockLimit(seed)),
            ExecutionError("oversized initcode", OversizedInitCode(seed)),
            ExecutionError("sender missing from pre-state", MissingSender(seed)),
        ];
    }

    static RejectedBeforeExecution Refused(BadInputKind kind) => new(kind);

    static RlpPayload Rlp(SignedBlock block, byte[][] transactions) => new(block.Fork, block.Env, block.PreState, transactions);

    static BlockCase ExecutionError(string name, BlockExecutionRequest request)
    {
        var c = ValidBlocks.WithSerialResult(name, request);
        var serial = ((MatchesSerial)c.Expected).Serial;
        if (serial.Succeeded) throw new InvalidOperationException($"bad input '{name}' executes without error");
        return c;
    }

    /// <summary>The first transaction's nonce as text that is not a number.</summary>
    static byte[] NotANumber(byte[] json)
    {
        var text = Encoding.UTF8.GetString(json);
        int at = text.IndexOf("\"nonce\": \"0x0\"", StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException("no transaction nonce in the control block");
        return Encoding.UTF8.GetBytes(text[..at] + "\"nonce\": \"0xzz\"" + text[(at + "\"nonce\": \"0x0\"".Length)..]);
    }

    /// <summary>The same signature with s replaced by n - s: still a point on the curve, but EIP-2 forbids the upper half.</summary>
    static Transaction HighS(Transaction tx) => tx.WithSignature(tx.V ^ UInt256.One, tx.R, Secp256k1.N - tx.S);

    /// <summary>A different r: the signature recovers another key (or none), not the stated sender.</summary>
    static Transaction OtherR(Transaction tx) => tx.WithSignature(tx.V, tx.R + UInt256.One, tx.S);

    static BlockExecutionRequest NonceGap(int seed)
    {
        var w = WorkloadGenerator.Create(new WorkloadOptions(WorkloadKind.Erc20, 40) { Seed = seed, InvalidTxs = InvalidTxKinds.NonceGap });
        return new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
    }

    static BlockExecutionRequest GasOverBlockLimit(int seed)
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Raw, 40, seed);
        var sender = Address.FromNumber(0x6A5_0000UL + (ulong)seed);
        w.PreState.SetAccount(sender, new Account(0, UInt256.MaxValue, Account.EmptyCodeHash));
        var tx = Unsigned(sender, Address.FromNumber(0x6A5_1000UL), [], w.Env.GasLimit + 1, w.Env);
        return new BlockExecutionRequest(w.Rules, w.Env, [.. w.Txs.Take(20), tx, .. w.Txs.Skip(20)], w.PreState);
    }

    /// <summary>A creation whose initcode is one byte over EIP-3860's limit (2 × 24,576), with gas and funds to spare.</summary>
    static BlockExecutionRequest OversizedInitCode(int seed)
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Raw, 40, seed);
        var sender = Address.FromNumber(0x1C0_0000UL + (ulong)seed);
        w.PreState.SetAccount(sender, new Account(0, UInt256.MaxValue >> 8, Account.EmptyCodeHash));
        var initCode = Enumerable.Repeat((byte)0x5b, w.Rules.MaxInitCodeSize + 1).ToArray();
        var tx = Unsigned(sender, null, initCode, 2_000_000, w.Env);
        return new BlockExecutionRequest(w.Rules, w.Env, [.. w.Txs.Take(10), tx, .. w.Txs.Skip(10)], w.PreState);
    }

    /// <summary>An ERC-20 block whose witness lost one sender's account: that sender reads as empty and cannot pay.</summary>
    static BlockExecutionRequest MissingSender(int seed)
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Erc20, 40, seed);
        w.PreState.DeleteAccount(w.Txs[25].Sender);
        return new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState);
    }

    static Transaction Unsigned(Address sender, Address? to, byte[] data, long gasLimit, BlockEnv env) => new()
    {
        Type = TxType.DynamicFee,
        ChainId = env.ChainId,
        Nonce = 0,
        MaxPriorityFeePerGas = 1_000_000_000UL,
        MaxFeePerGas = env.BaseFee * 2 + 1_000_000_000UL,
        GasLimit = gasLimit,
        To = to,
        Data = data,
        Sender = sender,
    };
}
