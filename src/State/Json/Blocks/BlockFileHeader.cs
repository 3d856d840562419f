using System.Text.Json;

namespace ParallelEvm.State.Json.Blocks;

/// <summary>
/// Builds a block file's header: execution fields from <c>env</c> (authoritative), the rest from the RPC
/// <c>header</c> object (or, when absent, from <c>expected</c>). A field both objects give must agree.
/// </summary>
static class BlockFileHeader
{
    public static BlockHeader Build(JsonElement env, JsonElement header, ExpectedBlockResult expected, IReadOnlyList<Withdrawal>? withdrawals)
    {
        const string E = "env";
        FixtureJson.ExpectObject(env, E);
        bool hasHeader = header.ValueKind == JsonValueKind.Object;

        ulong number = FixtureJson.ReadULong(FixtureJson.Required(env, "number", E), "env.number");
        var coinbase = FixtureJson.ReadAddress(FixtureJson.Required(env, "coinbase", E), "env.coinbase");
        ulong timestamp = FixtureJson.ReadULong(FixtureJson.Required(env, "timestamp", E), "env.timestamp");
        ulong gasLimit = FixtureJson.ReadULong(FixtureJson.Required(env, "gasLimit", E), "env.gasLimit");
        UInt256? baseFee = FixtureJson.TryGet(env, "baseFeePerGas", out var bf) ? FixtureJson.ReadUInt256(bf, "env.baseFeePerGas") : null;
        var difficulty = FixtureJson.TryGet(env, "difficulty", out var d) ? FixtureJson.ReadUInt256(d, "env.difficulty") : UInt256.Zero;
        var mixHash = FixtureJson.TryGet(env, "prevRandao", out var pr) ? FixtureJson.ReadHash(pr, "env.prevRandao") : Hash256.Zero;
        ulong? excessBlobGas = FixtureJson.TryGet(env, "excessBlobGas", out var ebg) ? FixtureJson.ReadULong(ebg, "env.excessBlobGas") : null;
        Hash256? beaconRoot = FixtureJson.TryGet(env, "parentBeaconBlockRoot", out var pbr) ? FixtureJson.ReadHash(pbr, "env.parentBeaconBlockRoot") : null;

        if (hasHeader)
        {
            Agree(header, "number", number, e => FixtureJson.ReadULong(e, "header.number"));
            Agree(header, "miner", coinbase, e => FixtureJson.ReadAddress(e, "header.miner"));
            Agree(header, "timestamp", timestamp, e => FixtureJson.ReadULong(e, "header.timestamp"));
            Agree(header, "gasLimit", gasLimit, e => FixtureJson.ReadULong(e, "header.gasLimit"));
            Agree(header, "difficulty", difficulty, e => FixtureJson.ReadUInt256(e, "header.difficulty"));
            Agree(header, "mixHash", mixHash, e => FixtureJson.ReadHash(e, "header.mixHash"));
            if (baseFee is { } fee) Agree(header, "baseFeePerGas", fee, e => FixtureJson.ReadUInt256(e, "header.baseFeePerGas"));
            if (excessBlobGas is { } x) Agree(header, "excessBlobGas", x, e => FixtureJson.ReadULong(e, "header.excessBlobGas"));
            if (beaconRoot is { } b) Agree(header, "parentBeaconBlockRoot", b, e => FixtureJson.ReadHash(e, "header.parentBeaconBlockRoot"));
        }

        Hash256? Hash(string name) => hasHeader && FixtureJson.TryGet(header, name, out var v) ? FixtureJson.ReadHash(v, $"header.{name}") : null;
        ulong? ULong(string name) => hasHeader && FixtureJson.TryGet(header, name, out var v) ? FixtureJson.ReadULong(v, $"header.{name}") : null;

        var bloom = hasHeader && FixtureJson.TryGet(header, "logsBloom", out var lb) ? BlockFileLoader.ReadBloom(lb, "header.logsBloom") : expected.LogsBloom;
        return new BlockHeader
        {
            ParentHash = Hash("parentHash") ?? Hash256.Zero,
            UnclesHash = Hash("sha3Uncles") ?? BlockHeader.EmptyUnclesHash,
            Coinbase = coinbase,
            StateRoot = Hash("stateRoot") ?? expected.StateRoot ?? Hash256.Zero,
            TransactionsRoot = Hash("transactionsRoot") ?? MerkleTrie.EmptyRoot,
            ReceiptsRoot = Hash("receiptsRoot") ?? expected.ReceiptsRoot ?? MerkleTrie.EmptyRoot,
            LogsBloom = bloom?.ToArray() ?? new byte[Bloom.Size],
            Difficulty = difficulty,
            Number = number,
            GasLimit = gasLimit,
            GasUsed = ULong("gasUsed") ?? expected.GasUsed,
            Timestamp = timestamp,
            ExtraData = hasHeader && FixtureJson.TryGet(header, "extraData", out var extra) ? FixtureJson.ReadBytes(extra, "header.extraData") : [],
            MixHash = mixHash,
            Nonce = hasHeader && FixtureJson.TryGet(header, "nonce", out var nonce) ? ReadNonce(nonce) : 0,
            BaseFeePerGas = baseFee,
            WithdrawalsRoot = Hash("withdrawalsRoot") ?? (withdrawals is null ? null : WithdrawalRlp.ComputeRoot(withdrawals)),
            BlobGasUsed = ULong("blobGasUsed"),
            ExcessBlobGas = excessBlobGas,
            ParentBeaconBlockRoot = beaconRoot,
            RequestsHash = Hash("requestsHash"),
        };
    }

    /// <summary>The PoW nonce: 8 bytes of hex ("0x0000000000000000") as RPC writes it.</summary>
    static ulong ReadNonce(JsonElement e)
    {
        var bytes = FixtureJson.ReadBytes(e, "header.nonce");
        if (bytes.Length > 8) throw new FixtureFormatException("header.nonce", $"nonce has {bytes.Length} bytes, at most 8");
        ulong value = 0;
        foreach (var b in bytes) value = (value << 8) | b;
        return value;
    }

    static void Agree<T>(JsonElement header, string name, T envValue, Func<JsonElement, T> read) where T : IEquatable<T>
    {
        if (!FixtureJson.TryGet(header, name, out var e)) return;
        var value = read(e);
        if (!value.Equals(envValue))
            throw new FixtureFormatException($"header.{name}", $"{value} disagrees with the env value {envValue}");
    }
}
