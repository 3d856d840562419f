using ParallelEvm.State;

namespace ParallelEvm.Actors.Cluster;

/// <summary>A decoded transaction with the sender the request names (the Ethereum encoding carries only the signature).</summary>
static class TransactionWithSender
{
    public static Transaction Copy(Transaction tx, Address sender) => new()
    {
        Type = tx.Type,
        ChainId = tx.ChainId,
        Nonce = tx.Nonce,
        GasPrice = tx.GasPrice,
        MaxFeePerGas = tx.MaxFeePerGas,
        MaxPriorityFeePerGas = tx.MaxPriorityFeePerGas,
        GasLimit = tx.GasLimit,
        To = tx.To,
        Value = tx.Value,
        Data = tx.Data,
        AccessList = tx.AccessList,
        BlobVersionedHashes = tx.BlobVersionedHashes,
        MaxFeePerBlobGas = tx.MaxFeePerBlobGas,
        AuthorizationList = tx.AuthorizationList,
        Sender = sender,
        V = tx.V,
        R = tx.R,
        S = tx.S,
    };
}
