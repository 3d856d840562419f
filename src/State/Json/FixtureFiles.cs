namespace ParallelEvm.State.Json;

/// <summary>Finds ethereum/tests fixture files and names them by their path inside the suite's folder.</summary>
public static class FixtureFiles
{
    /// <summary>
    /// The <c>.json</c> files under a file or folder (recursively, sorted by id), each with its id path: relative to the
    /// enclosing <paramref name="suiteFolder"/> (e.g. GeneralStateTests) when there is one, else to the folder given.
    /// </summary>
    public static IReadOnlyList<(string Path, string RelativePath)> Find(string fileOrDirectory, string suiteFolder)
    {
        var full = Path.GetFullPath(fileOrDirectory);
        if (File.Exists(full)) return [(full, RelativeId(full, Path.GetDirectoryName(full)!, suiteFolder))];
        if (!Directory.Exists(full)) throw new FileNotFoundException($"no such fixture file or folder: {fileOrDirectory}", fileOrDirectory);
        return Directory.EnumerateFiles(full, "*.json", SearchOption.AllDirectories)
            .Select(p => (p, RelativeId(p, full, suiteFolder)))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)
            .ToList();
    }

    static string RelativeId(string fullPath, string baseDirectory, string suiteFolder)
    {
        var normalized = fullPath.Replace('\\', '/');
        var marker = $"/{suiteFolder}/";
        int at = normalized.LastIndexOf(marker, StringComparison.Ordinal);
        if (at >= 0) return normalized[(at + marker.Length)..];
        return Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
    }
}
