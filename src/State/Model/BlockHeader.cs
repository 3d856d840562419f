namespace ParallelEvm.State;

/// <summary>
/// A block header (yellow paper §4.3) with the fields later forks append: base fee (EIP-1559, London),
/// withdrawals root (EIP-4895, Shanghai), blob gas used / excess blob gas (EIP-4844) and parent beacon block root
/// (EIP-4788, Cancun), requests hash (EIP-7685, Prague). A field is null when the header does not carry it;
/// the RLP encoding appends exactly the non-null trailing fields.
/// </summary>
public sealed class BlockHeader
{
    public Hash256 ParentHash { get; init; }
    public Hash256 UnclesHash { get; init; } = EmptyUnclesHash;
    public Address Coinbase { get; init; }
    public Hash256 StateRoot { get; init; }
    public Hash256 TransactionsRoot { get; init; } = MerkleTrie.EmptyRoot;
    public Hash256 ReceiptsRoot { get; init; } = MerkleTrie.EmptyRoot;
    /// <summary>256 bytes.</summary>
    public byte[] LogsBloom { get; init; } = new byte[Bloom.Size];
    public UInt256 Difficulty { get; init; }
    public ulong Number { get; init; }
    public ulong GasLimit { get; init; }
    public ulong GasUsed { get; init; }
    public ulong Timestamp { get; init; }
    public byte[] ExtraData { get; init; } = [];
    /// <summary>PoW mix hash; PREVRANDAO from Paris on (EIP-4399).</summary>
    public Hash256 MixHash { get; init; }
    /// <summary>The 8-byte PoW nonce (zero from Paris on).</summary>
    public ulong Nonce { get; init; }
    public UInt256? BaseFeePerGas { get; init; }
    public Hash256? WithdrawalsRoot { get; init; }
    public ulong? BlobGasUsed { get; init; }
    public ulong? ExcessBlobGas { get; init; }
    public Hash256? ParentBeaconBlockRoot { get; init; }
    public Hash256? RequestsHash { get; init; }

    /// <summary>KEC(RLP(())): the uncles hash of a block without uncles.</summary>
    public static readonly Hash256 EmptyUnclesHash = Hash256.Parse("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
}
