namespace ParallelEvm.State.Json;

/// <summary>The ids used in reports and known-failure lists. A file path is relative to the GeneralStateTests folder.</summary>
public static class StateTestIds
{
    public static string Vector(string file, string test, string fork, VectorIndexes indexes) => $"{file}::{test}::{fork}::{indexes}";

    /// <summary>A test that could not be loaded at all.</summary>
    public static string BrokenTest(string file, string test) => $"{file}::{test}::<load>";

    /// <summary>A file that could not be loaded at all (e.g. invalid JSON).</summary>
    public static string BrokenFile(string file) => $"{file}::<load>";
}
