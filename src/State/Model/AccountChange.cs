namespace ParallelEvm.State;

/// <summary>
/// What one transaction did to one account. <see cref="Account"/> null means the account was deleted
/// (self-destructed, or touched while empty under EIP-161).
/// </summary>
public sealed class AccountChange
{
    public Account? Account { get; set; }

    /// <summary>
    /// Whether nonce, balance, code hash or existence changed, as opposed to only storage. The parallel engine
    /// publishes the account location only then: a storage-only writer must not conflict with the contract's readers.
    /// </summary>
    public bool AccountChanged { get; set; } = true;

    /// <summary>New code when the account was given code in this transaction (creation or EIP-7702 delegation).</summary>
    public byte[]? Code { get; set; }

    /// <summary>
    /// The account's storage was wiped before <see cref="Storage"/> applies: it was destroyed or (re)created here.
    /// Readers must then treat every slot not in <see cref="Storage"/> as zero.
    /// </summary>
    public bool StorageCleared { get; set; }

    /// <summary>Slots whose value this transaction changed (zero means cleared).</summary>
    public Dictionary<UInt256, UInt256> Storage { get; } = new();
}
