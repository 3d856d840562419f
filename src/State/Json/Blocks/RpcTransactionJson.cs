using System.Text.Json;

namespace ParallelEvm.State.Json.Blocks;

/// <summary>
/// Parses one JSON-RPC transaction object (<c>eth_getBlockByNumber(n, true)</c>): legacy (type 0x0 or no type),
/// EIP-2930 (0x1), EIP-1559 (0x2), EIP-4844 (0x3), EIP-7702 (0x4). Every value must fit the model (nonce and gas
/// 64 bits, amounts 256 bits); anything else is a <see cref="FixtureFormatException"/> naming the field.
/// </summary>
public static class RpcTransactionJson
{
    public static RpcTransaction Parse(JsonElement e, int index, string at)
    {
        FixtureJson.ExpectObject(e, at);
        var type = ReadType(e, at);
        JsonElement Need(string name) => FixtureJson.Required(e, name, at);
        string F(string name) => $"{at}.{name}";
        UInt256 U256(string name) => FixtureJson.ReadUInt256(Need(name), F(name));

        Address? to = FixtureJson.TryGet(e, "to", out var toJson) ? ReadTo(toJson, F("to")) : null;
        byte[] data = FixtureJson.TryGet(e, "input", out var input) ? FixtureJson.ReadBytes(input, F("input"))
            : FixtureJson.ReadBytes(Need("data"), F("data"));
        var v = type == TxType.Legacy ? U256("v")
            : FixtureJson.TryGet(e, "yParity", out var yParity) ? FixtureJson.ReadUInt256(yParity, F("yParity")) : U256("v");
        ulong? chainId = type == TxType.Legacy
            ? (v.FitsInUlong && v.U0 >= 35 ? (v.U0 - 35) / 2 : null) // EIP-155: v = chainId·2 + 35 + yParity
            : FixtureJson.ReadULong(Need("chainId"), F("chainId"));
        Address? from = FixtureJson.TryGet(e, "from", out var fromJson) ? FixtureJson.ReadAddress(fromJson, F("from")) : null;
        bool usesGasPrice = type <= TxType.AccessList;

        var tx = new Transaction
        {
            Type = type,
            ChainId = chainId,
            Nonce = FixtureJson.ReadULong(Need("nonce"), F("nonce")),
            GasPrice = usesGasPrice ? U256("gasPrice") : U256("maxFeePerGas"),
            MaxFeePerGas = usesGasPrice ? default : U256("maxFeePerGas"),
            MaxPriorityFeePerGas = usesGasPrice ? default : U256("maxPriorityFeePerGas"),
            GasLimit = FixtureJson.ReadLong(Need("gas"), F("gas")),
            To = to,
            Value = U256("value"),
            Data = data,
            AccessList = type >= TxType.AccessList && FixtureJson.TryGet(e, "accessList", out var al) ? ReadAccessList(al, F("accessList")) : [],
            BlobVersionedHashes = type == TxType.Blob ? BlockFileLoader.ReadHashes(Need("blobVersionedHashes"), F("blobVersionedHashes")) : [],
            MaxFeePerBlobGas = type == TxType.Blob ? U256("maxFeePerBlobGas") : default,
            AuthorizationList = type == TxType.SetCode ? ReadAuthorizations(Need("authorizationList"), F("authorizationList")) : [],
            Sender = from ?? Address.Zero,
            V = v,
            R = U256("r"),
            S = U256("s"),
        };
        Hash256? hash = FixtureJson.TryGet(e, "hash", out var h) ? FixtureJson.ReadHash(h, F("hash")) : null;
        return new RpcTransaction(index, tx, from, hash);
    }

    static TxType ReadType(JsonElement e, string at)
    {
        if (!FixtureJson.TryGet(e, "type", out var t)) return TxType.Legacy;
        ulong type = FixtureJson.ReadULong(t, $"{at}.type");
        return type <= (ulong)TxType.SetCode
            ? (TxType)type
            : throw new FixtureFormatException($"{at}.type", $"unsupported transaction type 0x{type:x}");
    }

    /// <summary>null or "" is a contract creation.</summary>
    static Address? ReadTo(JsonElement e, string field)
    {
        var text = FixtureJson.Text(e, field);
        return text.Length == 0 || text == "0x" ? null : FixtureJson.ParseAddress(text, field);
    }

    static AccessListItem[] ReadAccessList(JsonElement list, string field)
    {
        FixtureJson.ExpectArray(list, field);
        var items = new AccessListItem[list.GetArrayLength()];
        int i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var at = $"{field}[{i}]";
            var address = FixtureJson.ReadAddress(FixtureJson.Required(entry, "address", at), $"{at}.address");
            var keysJson = FixtureJson.Required(entry, "storageKeys", at);
            FixtureJson.ExpectArray(keysJson, $"{at}.storageKeys");
            var keys = new UInt256[keysJson.GetArrayLength()];
            int k = 0;
            foreach (var key in keysJson.EnumerateArray())
            {
                keys[k] = FixtureJson.ReadUInt256(key, $"{at}.storageKeys[{k}]");
                k++;
            }
            items[i++] = new AccessListItem(address, keys);
        }
        return items;
    }

    static AuthorizationTuple[] ReadAuthorizations(JsonElement list, string field)
    {
        FixtureJson.ExpectArray(list, field);
        var tuples = new AuthorizationTuple[list.GetArrayLength()];
        int i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var at = $"{field}[{i}]";
            FixtureJson.ExpectObject(entry, at);
            var parityJson = FixtureJson.TryGet(entry, "yParity", out var yp) ? yp : FixtureJson.Required(entry, "v", at);
            ulong parity = FixtureJson.ReadULong(parityJson, $"{at}.yParity");
            if (parity > byte.MaxValue) throw new FixtureFormatException($"{at}.yParity", $"y parity {parity} does not fit 8 bits");
            tuples[i++] = new AuthorizationTuple(
                FixtureJson.ReadUInt256(FixtureJson.Required(entry, "chainId", at), $"{at}.chainId"),
                FixtureJson.ReadAddress(FixtureJson.Required(entry, "address", at), $"{at}.address"),
                FixtureJson.ReadULong(FixtureJson.Required(entry, "nonce", at), $"{at}.nonce"),
                (byte)parity,
                FixtureJson.ReadUInt256(FixtureJson.Required(entry, "r", at), $"{at}.r"),
                FixtureJson.ReadUInt256(FixtureJson.Required(entry, "s", at), $"{at}.s"));
        }
        return tuples;
    }
}
