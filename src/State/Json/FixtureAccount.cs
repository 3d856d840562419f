namespace ParallelEvm.State.Json;

/// <summary>One account of a fixture's <c>pre</c> or post state, with its code hash already computed.</summary>
public sealed record FixtureAccount(
    Address Address,
    ulong Nonce,
    UInt256 Balance,
    byte[] Code,
    Hash256 CodeHash,
    IReadOnlyDictionary<UInt256, UInt256> Storage)
{
    public Account ToAccount() => new(Nonce, Balance, CodeHash);
}
