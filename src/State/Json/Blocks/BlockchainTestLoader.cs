using System.Text.Json;

namespace ParallelEvm.State.Json.Blocks;

/// <summary>
/// Loads ethereum/tests BlockchainTests fixture files (<c>{name: {network, pre, genesisRLP, blocks[], postState |
/// postStateHash, lastblockhash}}</c>). Blocks stay encoded: decoding a block is part of importing it, and an
/// undecodable block is a test outcome (those tests expect a rejection), not a broken fixture.
/// </summary>
public static class BlockchainTestLoader
{
    const string Folder = "BlockchainTests";

    public static BlockchainTestFile LoadFile(string path, string relativePath)
    {
        var file = new BlockchainTestFile { Path = path, RelativePath = relativePath };
        byte[] json;
        try { json = System.IO.File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file.Errors.Add(($"{relativePath}::<load>", new FixtureFormatException("", $"cannot read: {ex.Message}", relativePath)));
            return file;
        }
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException ex)
        {
            file.Errors.Add(($"{relativePath}::<load>", new FixtureFormatException("", $"invalid JSON: {ex.Message}", relativePath)));
            return file;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                file.Errors.Add(($"{relativePath}::<load>", new FixtureFormatException("", "expected an object of tests", relativePath)));
                return file;
            }
            foreach (var test in doc.RootElement.EnumerateObject())
            {
                try { file.Tests.Add(ParseTest(relativePath, test.Name, test.Value)); }
                catch (FixtureFormatException ex) { file.Errors.Add(($"{relativePath}::{test.Name}", ex.In(relativePath, test.Name))); }
                catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or InvalidOperationException)
                {
                    file.Errors.Add(($"{relativePath}::{test.Name}",
                        new FixtureFormatException("", $"{ex.GetType().Name}: {ex.Message}", relativePath, test.Name, ex)));
                }
            }
        }
        return file;
    }

    static BlockchainTestCase ParseTest(string file, string name, JsonElement t)
    {
        FixtureJson.ExpectObject(t, "");
        var blocksJson = FixtureJson.Required(t, "blocks", "");
        FixtureJson.ExpectArray(blocksJson, "blocks");
        var blocks = new List<BlockchainTestBlock>();
        int i = 0;
        foreach (var b in blocksJson.EnumerateArray())
        {
            var at = $"blocks[{i}]";
            FixtureJson.ExpectObject(b, at);
            blocks.Add(new BlockchainTestBlock(
                i,
                FixtureJson.ReadBytes(FixtureJson.Required(b, "rlp", at), $"{at}.rlp"),
                FixtureJson.TryGet(b, "expectException", out var ex) ? FixtureJson.Text(ex, $"{at}.expectException") : null,
                FixtureJson.TryGet(b, "chainname", out var chain) ? FixtureJson.Text(chain, $"{at}.chainname") : null));
            i++;
        }
        Hash256? genesisHash = FixtureJson.TryGet(t, "genesisBlockHeader", out var gh) && FixtureJson.TryGet(gh, "hash", out var ghHash)
            ? FixtureJson.ReadHash(ghHash, "genesisBlockHeader.hash") : null;
        return new BlockchainTestCase
        {
            File = file,
            Name = name,
            Network = FixtureJson.Text(FixtureJson.Required(t, "network", ""), "network"),
            Pre = FixtureState.Parse(FixtureJson.Required(t, "pre", ""), "pre"),
            GenesisRlp = FixtureJson.ReadBytes(FixtureJson.Required(t, "genesisRLP", ""), "genesisRLP"),
            GenesisHash = genesisHash,
            Blocks = blocks,
            PostState = FixtureJson.TryGet(t, "postState", out var post) ? FixtureState.Parse(post, "postState") : null,
            PostStateHash = FixtureJson.TryGet(t, "postStateHash", out var postHash) ? FixtureJson.ReadHash(postHash, "postStateHash") : null,
            LastBlockHash = FixtureJson.ReadHash(FixtureJson.Required(t, "lastblockhash", ""), "lastblockhash"),
        };
    }

    /// <summary>
    /// The fixture files under a file or folder (recursively, sorted), each with its id path: relative to the enclosing
    /// BlockchainTests folder when there is one, else to the folder given.
    /// </summary>
    public static IReadOnlyList<(string Path, string RelativePath)> FindFiles(string fileOrDirectory) =>
        FixtureFiles.Find(fileOrDirectory, Folder);
}
