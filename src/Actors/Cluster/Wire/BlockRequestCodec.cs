using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Signing;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// A block and its pre-state witness on the wire (ARCHITECTURE.md §6), in RLP:
/// <c>[version, fork, env, [[number, hash]…], [[sender, signedTx]…], [[address, nonce, balance, codeHash, code, [[slot, value]…]]…]]</c>.
/// Transactions use their Ethereum encoding (<see cref="TransactionRlp"/>) plus the sender, which the node does not
/// recover again. The witness is every account, slot and code of the base state, which must be an
/// <see cref="InMemoryDb"/> (the block's reads, as in <c>shared/mainnet-blocks</c>). Encoding is deterministic:
/// accounts and slots are sorted. A request's EIP-7928 access list is not sent (format version 1 has no field for
/// it): the executing node schedules without that hint, with the same result.
/// </summary>
public static class BlockRequestCodec
{
    /// <summary>Bumped when the layout changes, so an old node rejects a new request instead of misreading it.</summary>
    public const int FormatVersion = 1;

    /// <summary>BLOCKHASH reaches back 256 blocks (yellow paper §9.4.3, BLOCKHASH).</summary>
    const ulong BlockHashWindow = 256;

    static readonly ulong LastFork = (ulong)Enum.GetValues<SpecId>().Max();

    /// <exception cref="ArgumentException">The base state is not an <see cref="InMemoryDb"/>.</exception>
    public static byte[] Encode(BlockExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BaseState is not InMemoryDb witness)
            throw new ArgumentException("a cluster request ships its pre-state: the base state must be an InMemoryDb witness", nameof(request));
        using var w = new RlpWriter(16 * 1024);
        w.StartList();
        w.WriteULong(FormatVersion);
        w.WriteULong((ulong)request.Rules.Spec);
        WriteEnv(w, request.Env);
        WriteBlockHashes(w, request.Env);
        w.StartList();
        foreach (var tx in request.Transactions)
        {
            w.StartList();
            w.WriteAddress(tx.Sender);
            w.WriteBytes(TransactionRlp.Encode(tx));
            w.EndList();
        }
        w.EndList();
        WriteWitness(w, witness);
        w.EndList();
        return w.ToArray();
    }

    /// <summary>The request the node executes, with a fresh <see cref="InMemoryDb"/> holding the witness.</summary>
    /// <exception cref="RlpException">Malformed RLP, an unknown version or fork, or a witness that contradicts itself; names the offset.</exception>
    public static BlockExecutionRequest Decode(ReadOnlySpan<byte> encoded)
    {
        var outer = new RlpReader(encoded);
        var r = outer.ReadList();
        outer.EnsureEnd();
        int at = r.Position;
        ulong version = r.ReadULong();
        if (version != FormatVersion) throw new RlpException($"request format version {version}, this node reads {FormatVersion}", at);
        at = r.Position;
        ulong spec = r.ReadULong();
        if (spec > LastFork) throw new RlpException($"unknown fork id {spec}", at);
        var env = ReadEnv(ref r);
        env = WithBlockHashes(env, ReadBlockHashes(ref r));
        var txs = ReadTransactions(ref r);
        var witness = ReadWitness(ref r);
        r.EnsureEnd();
        return new BlockExecutionRequest(ForkRules.For((SpecId)spec), env, txs, witness);
    }

    static void WriteEnv(RlpWriter w, BlockEnv env)
    {
        w.StartList();
        w.WriteULong(env.Number);
        w.WriteAddress(env.Coinbase);
        w.WriteULong(env.Timestamp);
        w.WriteULong((ulong)env.GasLimit);
        w.WriteUInt256(env.BaseFee);
        w.WriteUInt256(env.Difficulty);
        w.WriteHash(env.PrevRandao);
        w.WriteOptionalULong(env.ExcessBlobGas);
        w.WriteULong(env.ChainId);
        w.WriteOptionalHash(env.ParentBeaconBlockRoot);
        w.EndList();
    }

    static BlockEnv ReadEnv(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var env = new BlockEnv
        {
            Number = r.ReadULong(),
            Coinbase = r.ReadAddress(),
            Timestamp = r.ReadULong(),
            GasLimit = r.ReadNonNegativeLong(),
            BaseFee = r.ReadUInt256(),
            Difficulty = r.ReadUInt256(),
            PrevRandao = r.ReadHash(),
            ExcessBlobGas = r.ReadOptionalULong(),
            ChainId = r.ReadULong(),
            ParentBeaconBlockRoot = r.ReadOptionalHash(),
        };
        r.EnsureEnd();
        return env;
    }

    /// <summary>The hashes BLOCKHASH may return for this block: the known ones among the previous 256.</summary>
    static void WriteBlockHashes(RlpWriter w, BlockEnv env)
    {
        w.StartList();
        ulong first = env.Number > BlockHashWindow ? env.Number - BlockHashWindow : 0;
        for (ulong n = first; n < env.Number; n++)
        {
            if (env.BlockHash(n) is not { } hash) continue;
            w.StartList();
            w.WriteULong(n);
            w.WriteHash(hash);
            w.EndList();
        }
        w.EndList();
    }

    static Dictionary<ulong, Hash256> ReadBlockHashes(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var hashes = new Dictionary<ulong, Hash256>();
        while (!r.IsEnd)
        {
            var pair = r.ReadList();
            int at = pair.Position;
            ulong number = pair.ReadULong();
            var hash = pair.ReadHash();
            pair.EnsureEnd();
            if (!hashes.TryAdd(number, hash)) throw new RlpException($"block hash of {number} given twice", at);
        }
        return hashes;
    }

    static BlockEnv WithBlockHashes(BlockEnv env, Dictionary<ulong, Hash256> hashes) => new()
    {
        Number = env.Number, Coinbase = env.Coinbase, Timestamp = env.Timestamp, GasLimit = env.GasLimit,
        BaseFee = env.BaseFee, Difficulty = env.Difficulty, PrevRandao = env.PrevRandao, ExcessBlobGas = env.ExcessBlobGas,
        ChainId = env.ChainId, ParentBeaconBlockRoot = env.ParentBeaconBlockRoot,
        BlockHash = n => hashes.TryGetValue(n, out var hash) ? hash : null,
    };

    static Transaction[] ReadTransactions(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var txs = new List<Transaction>();
        while (!r.IsEnd)
        {
            var item = r.ReadList();
            var sender = item.ReadAddress();
            int at = item.Position;
            var encoded = item.ReadBytes();
            item.EnsureEnd();
            Transaction tx;
            try
            {
                tx = TransactionRlp.Decode(encoded);
            }
            catch (RlpException e)
            {
                // The inner offsets are relative to the transaction's bytes: report where those start as well.
                throw new RlpException($"transaction {txs.Count}: {e.Message}", at);
            }
            txs.Add(tx.WithSender(sender));
        }
        return txs.ToArray();
    }

    static void WriteWitness(RlpWriter w, InMemoryDb db)
    {
        w.StartList();
        foreach (var (address, account) in db.Accounts.OrderBy(a => a.Key))
        {
            w.StartList();
            w.WriteAddress(address);
            w.WriteULong(account.Nonce);
            w.WriteUInt256(account.Balance);
            w.WriteHash(account.CodeHash);
            // Code the witness lacks travels as empty: the node then reads it as missing, as the client's state does.
            w.WriteBytes(account.HasCode ? db.GetCode(account.CodeHash) : []);
            w.WriteSlots(db.GetStorageOf(address));
            w.EndList();
        }
        w.EndList();
    }

    static InMemoryDb ReadWitness(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var db = new InMemoryDb();
        while (!r.IsEnd)
        {
            var item = r.ReadList();
            int at = item.Position;
            var address = item.ReadAddress();
            if (db.GetAccount(address) is not null) throw new RlpException($"account {address} listed twice", at);
            var account = new Account(item.ReadULong(), item.ReadUInt256(), item.ReadHash());
            at = item.Position;
            var code = item.ReadBytes();
            if (code.Length > 0)
            {
                // The node trusts no code hash it cannot check: a mismatch would silently run other code.
                if (Keccak256.Hash(code) != account.CodeHash) throw new RlpException($"code of {address} does not hash to its code hash", at);
                db.AddCode(code.ToArray(), account.CodeHash);
            }
            db.SetAccount(address, account);
            var storage = item.ReadList();
            while (!storage.IsEnd)
            {
                var pair = storage.ReadList();
                var slot = pair.ReadUInt256();
                var value = pair.ReadUInt256();
                pair.EnsureEnd();
                db.SetStorage(address, slot, value);
            }
            item.EnsureEnd();
        }
        return db;
    }
}
