using System.Text.Json;

namespace ParallelEvm.State.Json;

/// <summary>
/// Loads ethereum/tests GeneralStateTests fixture files, one file at a time, into tests and vectors for the selected
/// fork keys. A broken file or test becomes an entry of <see cref="StateTestFile.Errors"/>, never an exception.
/// </summary>
public sealed class StateTestLoader
{
    /// <summary>The fork keys this runner executes; other keys (older forks) are ignored.</summary>
    public static readonly IReadOnlyList<string> SupportedForks = ["Cancun", "Prague", "Osaka"];

    const string GeneralStateTestsFolder = "GeneralStateTests";

    readonly HashSet<string> _selected;

    /// <param name="forks">Fork keys to load vectors for; each must be one of <see cref="SupportedForks"/>.</param>
    public StateTestLoader(IEnumerable<string>? forks = null)
    {
        _selected = new HashSet<string>(forks ?? SupportedForks, StringComparer.Ordinal);
        foreach (var f in _selected)
            if (!SupportedForks.Contains(f))
                throw new ArgumentException($"unsupported fork '{f}'; supported: {string.Join(", ", SupportedForks)}", nameof(forks));
    }

    public IReadOnlySet<string> SelectedForks => _selected;

    public StateTestFile LoadFile(string path, string relativePath)
    {
        byte[] json;
        try { json = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var file = new StateTestFile { Path = path, RelativePath = relativePath };
            file.Errors.Add((StateTestIds.BrokenFile(relativePath), new FixtureFormatException("", $"cannot read: {ex.Message}", relativePath)));
            return file;
        }
        return Parse(json, path, relativePath);
    }

    public StateTestFile Parse(ReadOnlyMemory<byte> json, string path, string relativePath)
    {
        var file = new StateTestFile { Path = path, RelativePath = relativePath };
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException ex)
        {
            file.Errors.Add((StateTestIds.BrokenFile(relativePath), new FixtureFormatException("", $"invalid JSON: {ex.Message}", relativePath)));
            return file;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                file.Errors.Add((StateTestIds.BrokenFile(relativePath),
                    new FixtureFormatException("", $"expected an object of tests, found {doc.RootElement.ValueKind}", relativePath)));
                return file;
            }
            foreach (var test in doc.RootElement.EnumerateObject())
            {
                try
                {
                    if (ParseTest(file, test.Name, test.Value) is { } parsed) file.Tests.Add(parsed);
                }
                catch (FixtureFormatException ex)
                {
                    file.Errors.Add((StateTestIds.BrokenTest(relativePath, test.Name), ex.In(relativePath, test.Name)));
                }
                catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or OverflowException)
                {
                    file.Errors.Add((StateTestIds.BrokenTest(relativePath, test.Name),
                        new FixtureFormatException("", $"{ex.GetType().Name}: {ex.Message}", relativePath, test.Name, ex)));
                }
            }
        }
        return file;
    }

    /// <summary>The test, or null when it has no vector of a supported fork.</summary>
    StateTestCase? ParseTest(StateTestFile file, string name, JsonElement test)
    {
        FixtureJson.ExpectObject(test, "");
        var post = FixtureJson.Required(test, "post", "");
        FixtureJson.ExpectObject(post, "post");

        bool anySupported = false, anySelected = false;
        foreach (var fork in post.EnumerateObject())
        {
            FixtureJson.ExpectArray(fork.Value, $"post.{fork.Name}");
            if (SupportedForks.Contains(fork.Name)) { anySupported = true; anySelected |= _selected.Contains(fork.Name); }
            else { file.UnsupportedForkVectors += fork.Value.GetArrayLength(); file.UnsupportedForks.Add(fork.Name); }
        }
        if (!anySupported) return null;
        file.HasSupportedForkVectors = true;

        ulong chainId = 1;
        if (FixtureJson.TryGet(test, "config", out var config) && FixtureJson.TryGet(config, "chainid", out var chain))
            chainId = FixtureJson.ReadULong(chain, "config.chainid");

        var result = new StateTestCase
        {
            File = file.RelativePath,
            Name = name,
            Env = StateTestEnv.Parse(FixtureJson.Required(test, "env", ""), chainId),
            Pre = FixtureState.Parse(FixtureJson.Required(test, "pre", ""), "pre"),
        };
        var tx = anySelected ? StateTestTransaction.Parse(FixtureJson.Required(test, "transaction", ""), chainId) : null;
        JsonElement? postState = FixtureJson.TryGet(test, "postState", out var ps) ? ps.Clone() : null;
        // Forks' vectors with the same indexes carry the same txbytes: decode each distinct text once.
        var txBytes = new Dictionary<string, StateTestTxBytes>(StringComparer.Ordinal);

        foreach (var fork in post.EnumerateObject())
        {
            if (!SupportedForks.Contains(fork.Name)) continue;
            bool selected = _selected.Contains(fork.Name);
            int i = 0;
            foreach (var entry in fork.Value.EnumerateArray())
            {
                var at = $"post.{fork.Name}[{i++}]";
                var indexes = ReadIndexes(FixtureJson.Required(entry, "indexes", at), $"{at}.indexes");
                if (!selected)
                {
                    result.SkippedVectorIds.Add(StateTestIds.Vector(file.RelativePath, name, fork.Name, indexes));
                    continue;
                }
                result.Vectors.Add(ParseVector(result, fork.Name, indexes, entry, at, tx!, postState, txBytes));
            }
        }
        return result;
    }

    static StateTestVector ParseVector(StateTestCase test, string fork, VectorIndexes indexes, JsonElement entry, string at,
        StateTestTransaction template, JsonElement? postState, Dictionary<string, StateTestTxBytes> txBytesCache)
    {
        Transaction? transaction = null;
        string? invalid = null;
        StateTestTxBytes? txBytes = null;
        FixtureFormatException? loadError = null;
        try
        {
            transaction = template.Build(indexes.Data, indexes.Gas, indexes.Value, out invalid);
            txBytes = ReadTxBytes(entry, $"{at}.txbytes", txBytesCache);
        }
        catch (FixtureFormatException ex) { loadError = ex.In(test.File, test.Name); }

        return new StateTestVector
        {
            Test = test,
            Fork = fork,
            Indexes = indexes,
            ExpectedStateRoot = FixtureJson.ReadHash(FixtureJson.Required(entry, "hash", at), $"{at}.hash"),
            ExpectedLogsHash = FixtureJson.ReadHash(FixtureJson.Required(entry, "logs", at), $"{at}.logs"),
            ExpectException = FixtureJson.TryGet(entry, "expectException", out var expect) ? FixtureJson.Text(expect, $"{at}.expectException") : null,
            Transaction = transaction,
            InvalidTransactionReason = invalid,
            TxBytes = txBytes,
            LoadError = loadError,
            ExpectedPostState = FixtureJson.TryGet(entry, "state", out var state) ? state.Clone() : postState,
        };
    }

    /// <summary>The entry's decoded <c>txbytes</c>, or null when it has none. Text that is not hex is a fixture error.</summary>
    static StateTestTxBytes? ReadTxBytes(JsonElement entry, string field, Dictionary<string, StateTestTxBytes> cache)
    {
        if (!FixtureJson.TryGet(entry, "txbytes", out var json)) return null;
        var text = FixtureJson.Text(json, field);
        if (cache.TryGetValue(text, out var known)) return known;
        var bytes = FixtureJson.ReadBytes(json, field);
        StateTestTxBytes decoded;
        try { decoded = StateTestTxBytes.Decode(bytes); }
        catch (Exception ex)
        {
            // Not RLP's verdict but a decoder fault: fail the vector rather than count it as a rejected transaction.
            throw new FixtureFormatException(field, $"the transaction decoder failed: {ex.GetType().Name}: {ex.Message}", inner: ex);
        }
        cache[text] = decoded;
        return decoded;
    }

    static VectorIndexes ReadIndexes(JsonElement e, string field) => new(
        FixtureJson.ReadIndex(FixtureJson.Required(e, "data", field), $"{field}.data"),
        FixtureJson.ReadIndex(FixtureJson.Required(e, "gas", field), $"{field}.gas"),
        FixtureJson.ReadIndex(FixtureJson.Required(e, "value", field), $"{field}.value"));

    /// <summary>
    /// The fixture files under <paramref name="fileOrDirectory"/> (recursively, sorted), each with its id path:
    /// relative to the enclosing GeneralStateTests folder when there is one, else to the folder given.
    /// </summary>
    public static IReadOnlyList<(string Path, string RelativePath)> FindFiles(string fileOrDirectory) =>
        FixtureFiles.Find(fileOrDirectory, GeneralStateTestsFolder);
}
