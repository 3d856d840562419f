namespace ParallelEvm.State;

/// <summary>
/// A transaction with its sender already known (given, or recovered from the signature).
/// Fee fields: legacy and type 1 use <see cref="GasPrice"/>; types 2–4 use MaxFeePerGas / MaxPriorityFeePerGas.
/// </summary>
public sealed class Transaction
{
    public TxType Type { get; init; }
    public ulong? ChainId { get; init; }
    public ulong Nonce { get; init; }
    public UInt256 GasPrice { get; init; }
    public UInt256 MaxFeePerGas { get; init; }
    public UInt256 MaxPriorityFeePerGas { get; init; }
    public long GasLimit { get; init; }
    /// <summary>Null for contract creation.</summary>
    public Address? To { get; init; }
    public UInt256 Value { get; init; }
    public byte[] Data { get; init; } = [];
    public AccessListItem[] AccessList { get; init; } = [];
    public Hash256[] BlobVersionedHashes { get; init; } = [];
    public UInt256 MaxFeePerBlobGas { get; init; }
    public AuthorizationTuple[] AuthorizationList { get; init; } = [];
    public Address Sender { get; init; }

    /// <summary>Signature (V for legacy is the raw EIP-155 value; for typed transactions the y-parity).</summary>
    public UInt256 V { get; init; }
    public UInt256 R { get; init; }
    public UInt256 S { get; init; }

    public bool IsCreate => To is null;
    public bool IsEip1559Style => Type >= TxType.DynamicFee;

    /// <summary>The same transaction with its sender set (transactions are immutable).</summary>
    public Transaction WithSender(Address sender) => Copy(sender, V, R, S);

    /// <summary>The same transaction with another signature (the sender is kept as it was).</summary>
    public Transaction WithSignature(UInt256 v, UInt256 r, UInt256 s) => Copy(Sender, v, r, s);

    Transaction Copy(Address sender, UInt256 v, UInt256 r, UInt256 s) => new()
    {
        Type = Type,
        ChainId = ChainId,
        Nonce = Nonce,
        GasPrice = GasPrice,
        MaxFeePerGas = MaxFeePerGas,
        MaxPriorityFeePerGas = MaxPriorityFeePerGas,
        GasLimit = GasLimit,
        To = To,
        Value = Value,
        Data = Data,
        AccessList = AccessList,
        BlobVersionedHashes = BlobVersionedHashes,
        MaxFeePerBlobGas = MaxFeePerBlobGas,
        AuthorizationList = AuthorizationList,
        Sender = sender,
        V = v,
        R = r,
        S = s,
    };
}
