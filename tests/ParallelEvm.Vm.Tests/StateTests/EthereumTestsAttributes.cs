namespace ParallelEvm.Vm.Tests.StateTests;

/// <summary>Where the ethereum/tests fixtures are: <c>ETHEREUM_TESTS_DIR</c> (the repository root or its GeneralStateTests folder).</summary>
static class EthereumTestsDir
{
    public const string Variable = "ETHEREUM_TESTS_DIR";
    public const string SkipReason = Variable + " is not set (point it at a checkout of ethereum/tests to run the state tests)";

    /// <summary>The GeneralStateTests folder, or null when the variable is unset.</summary>
    public static string? GeneralStateTests
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(dir)) return null;
            var nested = Path.Combine(dir, "GeneralStateTests");
            return Directory.Exists(nested) ? nested : dir;
        }
    }
}

/// <summary>A fact that xunit reports as skipped, with the reason, when <c>ETHEREUM_TESTS_DIR</c> is not set.</summary>
public sealed class EthereumTestsFactAttribute : FactAttribute
{
    public EthereumTestsFactAttribute()
    {
        if (EthereumTestsDir.GeneralStateTests is null) Skip = EthereumTestsDir.SkipReason;
    }
}

/// <summary>A theory that xunit reports as skipped, with the reason, when <c>ETHEREUM_TESTS_DIR</c> is not set.</summary>
public sealed class EthereumTestsTheoryAttribute : TheoryAttribute
{
    public EthereumTestsTheoryAttribute()
    {
        if (EthereumTestsDir.GeneralStateTests is null) Skip = EthereumTestsDir.SkipReason;
    }
}
