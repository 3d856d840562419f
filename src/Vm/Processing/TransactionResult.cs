using ParallelEvm.State;

namespace ParallelEvm.Vm;

/// <summary>How a transaction ended.</summary>
public enum TransactionStatus
{
    /// <summary>Rejected by validation (nonce, balance, fee, intrinsic gas…): not included, no state change.</summary>
    Invalid,
    Success,
    /// <summary>REVERT at the top frame: gas is charged, state changes but for fees are undone.</summary>
    Reverted,
    /// <summary>Exceptional halt (out of gas, bad opcode, stack error…): all gas consumed.</summary>
    Halted,
}

/// <summary>The outcome of one transaction: its receipt data and its write set.</summary>
public sealed class TransactionResult
{
    public TransactionStatus Status { get; init; }
    /// <summary>Why the transaction is invalid, or why it halted; null on success.</summary>
    public string? Error { get; init; }
    /// <summary>Gas charged to the sender (after refunds; EIP-7623 floor applied).</summary>
    public long GasUsed { get; init; }
    public IReadOnlyList<LogEntry> Logs { get; init; } = [];
    public byte[] Output { get; init; } = [];
    /// <summary>The address of a created contract, when the transaction was a successful creation.</summary>
    public Address? ContractAddress { get; init; }
    /// <summary>Every account the transaction changed (fees included). Empty for invalid transactions.</summary>
    public StateDiff Changes { get => field ??= new(); init; }
    /// <summary>EIP-4844 blob gas used (blob count × 2^17).</summary>
    public ulong BlobGasUsed { get; init; }
    /// <summary>The priority fee credited to the coinbase ((effective price − base fee) × gas used).</summary>
    public UInt256 CoinbaseFee { get; init; }

    public bool IsValid => Status != TransactionStatus.Invalid;
    public bool Succeeded => Status == TransactionStatus.Success;

    public static TransactionResult Invalid(string error) => new() { Status = TransactionStatus.Invalid, Error = error };
}
