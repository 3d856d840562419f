namespace ParallelEvm.State.Json;

/// <summary>
/// A fixture file that does not follow the ethereum/tests schema (bad JSON, a missing or malformed field).
/// Names the file, the test and the field so the run can report it and go on with the next test or file.
/// </summary>
public sealed class FixtureFormatException : Exception
{
    public FixtureFormatException(string field, string reason, string? file = null, string? test = null, Exception? inner = null)
        : base(Describe(file, test, field, reason), inner)
    {
        Field = field;
        Reason = reason;
        File = file;
        Test = test;
    }

    /// <summary>The JSON path of the offending field, e.g. <c>transaction.gasLimit[1]</c>; empty for the whole file.</summary>
    public string Field { get; }
    public string Reason { get; }
    public string? File { get; }
    public string? Test { get; }

    /// <summary>The same error, with the file and test it occurred in filled in.</summary>
    public FixtureFormatException In(string? file, string? test) =>
        new(Field, Reason, File ?? file, Test ?? test, InnerException);

    static string Describe(string? file, string? test, string field, string reason)
    {
        var where = new List<string>(3);
        if (file is not null) where.Add(file);
        if (test is not null) where.Add($"test '{test}'");
        if (field.Length > 0) where.Add($"field '{field}'");
        return where.Count == 0 ? reason : $"{string.Join(", ", where)}: {reason}";
    }
}
