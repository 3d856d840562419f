using System.Text.Json;

namespace ParallelEvm.State.Json;

/// <summary>
/// The <c>transaction</c> object of a state test: shared fields plus the <c>data</c>, <c>gasLimit</c>,
/// <c>value</c> (and <c>accessLists</c>) arrays that each vector indexes. Parsed once per test.
/// </summary>
public sealed class StateTestTransaction
{
    const string Field = "transaction";

    TxType _typeWithoutAccessList;
    ulong? _chainId;
    TxField<ulong> _nonce;
    TxField<UInt256> _gasPrice, _maxFeePerGas, _maxPriorityFeePerGas, _maxFeePerBlobGas;
    Address? _to;
    Address _sender;
    byte[][] _data = [];
    TxField<long>[] _gasLimits = [];
    TxField<UInt256>[] _values = [];
    // Per data index; null entry = no access list for that index (the transaction is then legacy unless other fields say otherwise).
    TxField<AccessListItem[]>?[]? _accessLists;
    Hash256[] _blobHashes = [];
    TxField<AuthorizationTuple[]>? _authorizations;

    StateTestTransaction() { }

    public int DataCount => _data.Length;
    public int GasCount => _gasLimits.Length;
    public int ValueCount => _values.Length;

    /// <summary>
    /// The transaction of vector (d, g, v). <paramref name="invalidReason"/> is set (and the result null) when a field
    /// overflows its type, so the transaction cannot exist and the vector expects a rejection.
    /// </summary>
    /// <exception cref="FixtureFormatException">An index is out of range.</exception>
    public Transaction? Build(int d, int g, int v, out string? invalidReason)
    {
        CheckIndex(d, _data.Length, "data");
        CheckIndex(g, _gasLimits.Length, "gasLimit");
        CheckIndex(v, _values.Length, "value");

        var accessList = _accessLists is not null && d < _accessLists.Length ? _accessLists[d] : null;
        var type = _typeWithoutAccessList == TxType.Legacy && accessList is not null ? TxType.AccessList : _typeWithoutAccessList;
        var usesGasPrice = type <= TxType.AccessList;

        invalidReason = FirstInvalid(
            _nonce.InvalidReason, _gasLimits[g].InvalidReason, _values[v].InvalidReason, accessList?.InvalidReason,
            usesGasPrice ? _gasPrice.InvalidReason : _maxFeePerGas.InvalidReason,
            usesGasPrice ? null : _maxPriorityFeePerGas.InvalidReason,
            type == TxType.Blob ? _maxFeePerBlobGas.InvalidReason : null,
            type == TxType.SetCode ? _authorizations?.InvalidReason : null);
        if (invalidReason is not null) return null;

        return new Transaction
        {
            Type = type,
            ChainId = type == TxType.Legacy ? null : _chainId,
            Nonce = _nonce.Value,
            GasPrice = usesGasPrice ? _gasPrice.Value : UInt256.Zero,
            // EIP-1559 treats a gas-price transaction as max fee = priority fee = gas price.
            MaxFeePerGas = usesGasPrice ? _gasPrice.Value : _maxFeePerGas.Value,
            MaxPriorityFeePerGas = usesGasPrice ? _gasPrice.Value : _maxPriorityFeePerGas.Value,
            GasLimit = _gasLimits[g].Value,
            To = _to,
            Value = _values[v].Value,
            Data = _data[d],
            AccessList = accessList?.Value ?? [],
            BlobVersionedHashes = _blobHashes,
            MaxFeePerBlobGas = type == TxType.Blob ? _maxFeePerBlobGas.Value : UInt256.Zero,
            AuthorizationList = type == TxType.SetCode ? _authorizations!.Value.Value : [],
            Sender = _sender,
        };
    }

    static string? FirstInvalid(params ReadOnlySpan<string?> reasons)
    {
        foreach (var r in reasons) if (r is not null) return r;
        return null;
    }

    static void CheckIndex(int index, int count, string name)
    {
        if (index < 0 || index >= count)
            throw new FixtureFormatException($"{Field}.{name}[{index}]", $"index out of range: the array has {count} entries");
    }

    /// <param name="chainId">The chain id typed transactions carry (fixtures are filled for chain 1).</param>
    public static StateTestTransaction Parse(JsonElement tx, ulong chainId)
    {
        FixtureJson.ExpectObject(tx, Field);
        var t = new StateTestTransaction { _chainId = chainId };

        t._nonce = FixtureJson.ReadULongForTx(FixtureJson.Required(tx, "nonce", Field), $"{Field}.nonce");
        t._sender = FixtureJson.ReadAddress(FixtureJson.Required(tx, "sender", Field), $"{Field}.sender");
        var to = FixtureJson.Text(FixtureJson.Required(tx, "to", Field), $"{Field}.to");
        t._to = to.Trim().Length == 0 ? null : FixtureJson.ParseAddress(to, $"{Field}.to");

        t._data = ReadArray(tx, "data", FixtureJson.ReadBytes);
        t._gasLimits = ReadArray(tx, "gasLimit", FixtureJson.ReadLongForTx);
        t._values = ReadArray(tx, "value", FixtureJson.ReadUInt256ForTx);

        bool hasBlob = FixtureJson.TryGet(tx, "blobVersionedHashes", out _) || FixtureJson.TryGet(tx, "maxFeePerBlobGas", out _);
        bool hasAuth = FixtureJson.TryGet(tx, "authorizationList", out var auth);
        bool dynamicFee = FixtureJson.TryGet(tx, "maxFeePerGas", out _);
        t._typeWithoutAccessList = hasAuth ? TxType.SetCode : hasBlob ? TxType.Blob : dynamicFee ? TxType.DynamicFee : TxType.Legacy;

        if (t._typeWithoutAccessList == TxType.Legacy)
            t._gasPrice = FixtureJson.ReadUInt256ForTx(FixtureJson.Required(tx, "gasPrice", Field), $"{Field}.gasPrice");
        else
        {
            t._maxFeePerGas = FixtureJson.ReadUInt256ForTx(FixtureJson.Required(tx, "maxFeePerGas", Field), $"{Field}.maxFeePerGas");
            t._maxPriorityFeePerGas = FixtureJson.ReadUInt256ForTx(FixtureJson.Required(tx, "maxPriorityFeePerGas", Field), $"{Field}.maxPriorityFeePerGas");
        }
        if (hasBlob)
        {
            t._maxFeePerBlobGas = FixtureJson.ReadUInt256ForTx(FixtureJson.Required(tx, "maxFeePerBlobGas", Field), $"{Field}.maxFeePerBlobGas");
            t._blobHashes = ReadArray(tx, "blobVersionedHashes", FixtureJson.ReadHash);
        }
        if (hasAuth) t._authorizations = ReadAuthorizations(auth, $"{Field}.authorizationList");

        if (FixtureJson.TryGet(tx, "accessLists", out var lists))
        {
            FixtureJson.ExpectArray(lists, $"{Field}.accessLists");
            t._accessLists = new TxField<AccessListItem[]>?[lists.GetArrayLength()];
            int i = 0;
            foreach (var list in lists.EnumerateArray())
            {
                t._accessLists[i] = list.ValueKind == JsonValueKind.Null ? null : ReadAccessList(list, $"{Field}.accessLists[{i}]");
                i++;
            }
        }
        return t;
    }

    static T[] ReadArray<T>(JsonElement tx, string name, Func<JsonElement, string, T> read)
    {
        var field = $"{Field}.{name}";
        var array = FixtureJson.Required(tx, name, Field);
        FixtureJson.ExpectArray(array, field);
        var result = new T[array.GetArrayLength()];
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i] = read(item, $"{field}[{i}]");
            i++;
        }
        return result;
    }

    static TxField<AccessListItem[]> ReadAccessList(JsonElement list, string field)
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
                var parsed = FixtureJson.ReadUInt256ForTx(key, $"{at}.storageKeys[{k}]");
                if (!parsed.IsValid) return TxField<AccessListItem[]>.Invalid(parsed.InvalidReason!);
                keys[k++] = parsed.Value;
            }
            items[i++] = new AccessListItem(address, keys);
        }
        return TxField<AccessListItem[]>.Ok(items);
    }

    /// <summary>EIP-7702 tuples. The fixture's <c>signer</c> is ignored: recovering the authority is the VM's job.</summary>
    static TxField<AuthorizationTuple[]> ReadAuthorizations(JsonElement list, string field)
    {
        FixtureJson.ExpectArray(list, field);
        var tuples = new AuthorizationTuple[list.GetArrayLength()];
        string? invalid = null;
        int i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var at = $"{field}[{i}]";
            FixtureJson.ExpectObject(entry, at);
            var authChainId = FixtureJson.ReadUInt256ForTx(FixtureJson.Required(entry, "chainId", at), $"{at}.chainId");
            var address = FixtureJson.ReadAddress(FixtureJson.Required(entry, "address", at), $"{at}.address");
            var nonce = FixtureJson.ReadULongForTx(FixtureJson.Required(entry, "nonce", at), $"{at}.nonce");
            // Newer fixtures write both "v" and "yParity" (equal); older ones only "v".
            var parityJson = FixtureJson.TryGet(entry, "yParity", out var yParity) ? yParity : FixtureJson.Required(entry, "v", at);
            var parity = FixtureJson.ReadByteForTx(parityJson, $"{at}.yParity", out var parityInvalid);
            var r = FixtureJson.ReadUInt256ForTx(FixtureJson.Required(entry, "r", at), $"{at}.r");
            var s = FixtureJson.ReadUInt256ForTx(FixtureJson.Required(entry, "s", at), $"{at}.s");
            invalid ??= authChainId.InvalidReason ?? nonce.InvalidReason ?? parityInvalid ?? r.InvalidReason ?? s.InvalidReason;
            tuples[i++] = new AuthorizationTuple(authChainId.Value, address, nonce.Value, parity, r.Value, s.Value);
        }
        return invalid is null ? TxField<AuthorizationTuple[]>.Ok(tuples) : TxField<AuthorizationTuple[]>.Invalid(invalid);
    }
}
