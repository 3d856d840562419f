using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace ParallelEvm.State.Json.Blocks;

/// <summary>
/// Loads block files (<c>.json</c> or gzip-compressed <c>.json.gz</c>). Anything malformed throws
/// <see cref="FixtureFormatException"/> naming the file and the JSON path of the field (e.g. <c>transactions[3].gas</c>).
/// </summary>
public static class BlockFileLoader
{
    /// <summary>The block files under each path (a file, or a folder searched recursively), sorted by block number then name.</summary>
    public static IReadOnlyList<string> FindFiles(string fileOrDirectory)
    {
        if (File.Exists(fileOrDirectory)) return [fileOrDirectory];
        if (!Directory.Exists(fileOrDirectory)) throw new FileNotFoundException($"no such block file or folder: {fileOrDirectory}", fileOrDirectory);
        return Directory.EnumerateFiles(fileOrDirectory, "*", SearchOption.AllDirectories)
            .Where(IsBlockFile)
            .OrderBy(p => NumericName(p) ?? ulong.MaxValue)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsBlockFile(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase);

    static ulong? NumericName(string path)
    {
        var name = Path.GetFileName(path);
        int dot = name.IndexOf('.');
        return ulong.TryParse(dot < 0 ? name : name[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public static BlockFile Load(string path)
    {
        var name = Path.GetFileName(path);
        byte[] json;
        try { json = ReadAll(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new FixtureFormatException("", $"cannot read: {ex.Message}", name);
        }
        return Parse(json, path);
    }

    static byte[] ReadAll(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) return File.ReadAllBytes(path);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    public static BlockFile Parse(ReadOnlyMemory<byte> json, string path)
    {
        var name = Path.GetFileName(path);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 }); }
        catch (JsonException ex) { throw new FixtureFormatException("", $"invalid JSON: {ex.Message}", name); }
        using (doc)
        {
            try { return Parse(doc.RootElement, path, name); }
            catch (FixtureFormatException ex) { throw ex.In(name, null); }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or InvalidOperationException)
            {
                throw new FixtureFormatException("", $"{ex.GetType().Name}: {ex.Message}", name, null, ex);
            }
        }
    }

    static BlockFile Parse(JsonElement root, string path, string name)
    {
        FixtureJson.ExpectObject(root, "");
        var spec = FixtureJson.Text(FixtureJson.Required(root, "spec", ""), "spec");
        ulong chainId = FixtureJson.TryGet(root, "chainId", out var c) ? FixtureJson.ReadULong(c, "chainId") : 1;
        string? source = FixtureJson.TryGet(root, "source", out var s) ? FixtureJson.Text(s, "source") : null;
        var headerJson = FixtureJson.TryGet(root, "header", out var h) ? h : default;
        if (headerJson.ValueKind != JsonValueKind.Undefined) FixtureJson.ExpectObject(headerJson, "header");
        var expected = ParseExpected(FixtureJson.Required(root, "expected", ""));
        var withdrawals = FixtureJson.TryGet(root, "withdrawals", out var w) ? ParseWithdrawals(w) : null;
        var header = BlockFileHeader.Build(FixtureJson.Required(root, "env", ""), headerJson, expected, withdrawals);

        bool full = FixtureJson.TryGet(root, "fullPreState", out var flag)
            ? flag.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new FixtureFormatException("fullPreState", "expected true or false"),
            }
            : source?.StartsWith("synthetic", StringComparison.OrdinalIgnoreCase) == true;

        return new BlockFile
        {
            Path = path,
            Name = name,
            Source = source,
            ChainId = chainId,
            Spec = spec,
            Header = header,
            StatedHash = headerJson.ValueKind == JsonValueKind.Object && FixtureJson.TryGet(headerJson, "hash", out var hash)
                ? FixtureJson.ReadHash(hash, "header.hash") : null,
            Transactions = ParseTransactions(FixtureJson.Required(root, "transactions", "")),
            Withdrawals = withdrawals,
            UncleHashes = headerJson.ValueKind == JsonValueKind.Object && FixtureJson.TryGet(headerJson, "uncles", out var uncles)
                ? ReadHashes(uncles, "header.uncles") : [],
            PreState = PreStateJson.Parse(FixtureJson.Required(root, "preState", "")),
            BlockHashes = FixtureJson.TryGet(root, "blockHashes", out var bh) ? ParseBlockHashes(bh) : new Dictionary<ulong, Hash256>(),
            Expected = expected,
            FullPreState = full,
        };
    }

    static ExpectedBlockResult ParseExpected(JsonElement e)
    {
        const string f = "expected";
        FixtureJson.ExpectObject(e, f);
        return new ExpectedBlockResult(
            FixtureJson.ReadULong(FixtureJson.Required(e, "gasUsed", f), "expected.gasUsed"),
            FixtureJson.TryGet(e, "receiptsRoot", out var r) ? FixtureJson.ReadHash(r, "expected.receiptsRoot") : null,
            FixtureJson.TryGet(e, "logsBloom", out var b) ? ReadBloom(b, "expected.logsBloom") : null,
            FixtureJson.TryGet(e, "stateRoot", out var s) ? FixtureJson.ReadHash(s, "expected.stateRoot") : null);
    }

    internal static Bloom ReadBloom(JsonElement e, string field)
    {
        try { return Bloom.Parse(FixtureJson.Text(e, field)); }
        catch (FormatException ex) { throw new FixtureFormatException(field, ex.Message); }
    }

    static IReadOnlyList<Withdrawal> ParseWithdrawals(JsonElement list)
    {
        FixtureJson.ExpectArray(list, "withdrawals");
        var result = new List<Withdrawal>(list.GetArrayLength());
        int i = 0;
        foreach (var e in list.EnumerateArray())
        {
            var at = $"withdrawals[{i++}]";
            FixtureJson.ExpectObject(e, at);
            result.Add(new Withdrawal(
                FixtureJson.ReadULong(FixtureJson.Required(e, "index", at), $"{at}.index"),
                FixtureJson.ReadULong(FixtureJson.Required(e, "validatorIndex", at), $"{at}.validatorIndex"),
                FixtureJson.ReadAddress(FixtureJson.Required(e, "address", at), $"{at}.address"),
                FixtureJson.ReadULong(FixtureJson.Required(e, "amount", at), $"{at}.amount")));
        }
        return result;
    }

    static IReadOnlyList<RpcTransaction> ParseTransactions(JsonElement list)
    {
        FixtureJson.ExpectArray(list, "transactions");
        var result = new List<RpcTransaction>(list.GetArrayLength());
        int i = 0;
        foreach (var e in list.EnumerateArray())
        {
            result.Add(RpcTransactionJson.Parse(e, i, $"transactions[{i}]"));
            i++;
        }
        return result;
    }

    static Dictionary<ulong, Hash256> ParseBlockHashes(JsonElement e)
    {
        FixtureJson.ExpectObject(e, "blockHashes");
        var result = new Dictionary<ulong, Hash256>();
        foreach (var p in e.EnumerateObject())
        {
            var at = $"blockHashes.{p.Name}";
            ulong number = p.Name.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? FixtureJson.ParseUInt256(p.Name, at) is { FitsInUlong: true } n ? n.U0 : throw new FixtureFormatException(at, "block number does not fit 64 bits")
                : ulong.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d
                : throw new FixtureFormatException(at, "the key must be a block number");
            result[number] = FixtureJson.ReadHash(p.Value, at);
        }
        return result;
    }

    internal static Hash256[] ReadHashes(JsonElement list, string field)
    {
        FixtureJson.ExpectArray(list, field);
        var result = new Hash256[list.GetArrayLength()];
        int i = 0;
        foreach (var e in list.EnumerateArray())
        {
            result[i] = FixtureJson.ReadHash(e, $"{field}[{i}]");
            i++;
        }
        return result;
    }
}
