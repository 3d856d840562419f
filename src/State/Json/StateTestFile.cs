namespace ParallelEvm.State.Json;

/// <summary>A loaded fixture file: its tests, the errors met while loading, and what was left out.</summary>
public sealed class StateTestFile
{
    public required string Path { get; init; }
    /// <summary>The path relative to the GeneralStateTests folder (or to the folder given), '/'-separated: the id prefix.</summary>
    public required string RelativePath { get; init; }

    public List<StateTestCase> Tests { get; } = new();

    /// <summary>Tests (or the whole file) that could not be loaded; each counts as one failure.</summary>
    public List<(string Id, FixtureFormatException Error)> Errors { get; } = new();

    /// <summary>Vectors under fork keys this runner does not support (e.g. Shanghai, Berlin).</summary>
    public int UnsupportedForkVectors { get; set; }
    public SortedSet<string> UnsupportedForks { get; } = new(StringComparer.Ordinal);

    /// <summary>True when some test has a vector under a supported fork key (selected or not).</summary>
    public bool HasSupportedForkVectors { get; set; }
}
