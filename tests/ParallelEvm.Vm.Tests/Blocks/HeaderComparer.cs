using ParallelEvm.State;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>Field-by-field header equality (the model is a class without value equality).</summary>
sealed class HeaderComparer : IEqualityComparer<BlockHeader>
{
    public static readonly HeaderComparer Instance = new();

    public bool Equals(BlockHeader? a, BlockHeader? b) =>
        a is not null && b is not null &&
        a.ParentHash == b.ParentHash && a.UnclesHash == b.UnclesHash && a.Coinbase == b.Coinbase && a.StateRoot == b.StateRoot &&
        a.TransactionsRoot == b.TransactionsRoot && a.ReceiptsRoot == b.ReceiptsRoot && a.LogsBloom.AsSpan().SequenceEqual(b.LogsBloom) &&
        a.Difficulty == b.Difficulty && a.Number == b.Number && a.GasLimit == b.GasLimit && a.GasUsed == b.GasUsed &&
        a.Timestamp == b.Timestamp && a.ExtraData.AsSpan().SequenceEqual(b.ExtraData) && a.MixHash == b.MixHash && a.Nonce == b.Nonce &&
        a.BaseFeePerGas == b.BaseFeePerGas && a.WithdrawalsRoot == b.WithdrawalsRoot && a.BlobGasUsed == b.BlobGasUsed &&
        a.ExcessBlobGas == b.ExcessBlobGas && a.ParentBeaconBlockRoot == b.ParentBeaconBlockRoot && a.RequestsHash == b.RequestsHash;

    public int GetHashCode(BlockHeader h) => h.Number.GetHashCode();
}
