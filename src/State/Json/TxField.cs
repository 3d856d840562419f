namespace ParallelEvm.State.Json;

/// <summary>
/// A transaction field read from a fixture: its value, or why a transaction carrying it cannot exist
/// (a value that overflows its RLP type, written <c>":bigint 0x…"</c> in the fixtures). Such a transaction
/// is invalid, which is a test outcome, not a fixture error.
/// </summary>
public readonly record struct TxField<T>(T Value, string? InvalidReason)
{
    public bool IsValid => InvalidReason is null;

    public static TxField<T> Ok(T value) => new(value, null);
    public static TxField<T> Invalid(string reason) => new(default!, reason);
}
