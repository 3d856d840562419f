using System.Text.Json;

namespace ParallelEvm.State.Json;

/// <summary>
/// One entry of <c>post[fork]</c>: a transaction (picked by <see cref="Indexes"/>) run on the test's pre-state,
/// and what the fixture expects of it.
/// </summary>
public sealed class StateTestVector
{
    public required StateTestCase Test { get; init; }
    public required string Fork { get; init; }
    public required VectorIndexes Indexes { get; init; }
    public required Hash256 ExpectedStateRoot { get; init; }
    public required Hash256 ExpectedLogsHash { get; init; }
    /// <summary>The fixture's <c>expectException</c>: the transaction must be rejected. Names differ between fillers; never compare them.</summary>
    public string? ExpectException { get; init; }

    /// <summary>The transaction; null when <see cref="InvalidTransactionReason"/> or <see cref="LoadError"/> is set.</summary>
    public Transaction? Transaction { get; init; }
    /// <summary>Set when a field overflows its type (e.g. <c>":bigint"</c>): the transaction cannot exist, so it is invalid.</summary>
    public string? InvalidTransactionReason { get; init; }
    /// <summary>
    /// The entry's signed transaction (<c>txbytes</c>), decoded; null when the entry has none. The runner executes
    /// <see cref="Transaction"/> (built from the JSON fields) and checks that these bytes say the same.
    /// </summary>
    public StateTestTxBytes? TxBytes { get; init; }
    /// <summary>Set when this vector's transaction could not be built from the fixture (e.g. an index out of range).</summary>
    public FixtureFormatException? LoadError { get; init; }

    /// <summary>The expected post state when the fixture gives one (<c>post[fork][i].state</c>, or the test's <c>postState</c>); for diagnostics.</summary>
    public JsonElement? ExpectedPostState { get; init; }

    /// <summary>Stable id for reports and the known-failures list: <c>path::test::fork::dNgNvN</c>.</summary>
    public string Id => StateTestIds.Vector(Test.File, Test.Name, Fork, Indexes);

    /// <summary>The expected post state parsed; null when the fixture has none.</summary>
    public FixtureState? ParseExpectedPostState() =>
        ExpectedPostState is { } state ? FixtureState.Parse(state, $"post.{Fork}.state") : null;
}
