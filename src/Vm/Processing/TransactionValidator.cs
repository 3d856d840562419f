using ParallelEvm.State;
using ParallelEvm.Vm.World;

namespace ParallelEvm.Vm;

/// <summary>
/// The checks that decide whether a transaction can be included at all (yellow paper §6.2, EIP-1559, 2681, 3607,
/// 3860, 4844, 7594, 7702, 7825). A failing check names the field that is wrong; the transaction then changes nothing.
/// </summary>
static class TransactionValidator
{
    public static string? Validate(Transaction tx, BlockEnv block, ForkRules rules, WorldState world, long intrinsicGas, UInt256 blobBaseFee)
    {
        switch (tx.Type)
        {
            case TxType.AccessList when !rules.HasAccessLists:
            case TxType.DynamicFee when !rules.HasBaseFee:
            case TxType.Blob when !rules.HasBlobs:
            case TxType.SetCode when !rules.HasSetCode:
                return $"transaction type {(int)tx.Type} is not supported in {rules.Spec}";
        }
        if (tx.Type != TxType.Legacy && tx.ChainId is { } chainId && chainId != block.ChainId)
            return $"chainId {chainId} does not match the chain ({block.ChainId})";
        if (tx.GasLimit > block.GasLimit) return $"gasLimit {tx.GasLimit} exceeds the block gas limit {block.GasLimit}";
        if (tx.GasLimit > rules.TxGasLimitCap) return $"gasLimit {tx.GasLimit} exceeds the transaction cap {rules.TxGasLimitCap} (EIP-7825)";
        if (intrinsicGas > tx.GasLimit) return $"intrinsic gas {intrinsicGas} exceeds gasLimit {tx.GasLimit}";
        if (rules.HasCalldataFloor && IntrinsicGas.Floor(tx) > tx.GasLimit)
            return $"calldata floor gas {IntrinsicGas.Floor(tx)} exceeds gasLimit {tx.GasLimit} (EIP-7623)";
        if (tx.IsCreate && tx.Data.Length > rules.MaxInitCodeSize)
            return $"initcode size {tx.Data.Length} exceeds {rules.MaxInitCodeSize} (EIP-3860)";

        var maxFee = tx.IsEip1559Style ? tx.MaxFeePerGas : tx.GasPrice;
        if (rules.HasBaseFee)
        {
            if (tx.IsEip1559Style && tx.MaxPriorityFeePerGas > tx.MaxFeePerGas)
                return $"maxPriorityFeePerGas {tx.MaxPriorityFeePerGas} exceeds maxFeePerGas {tx.MaxFeePerGas}";
            if (maxFee < block.BaseFee) return $"fee per gas {maxFee} is below the base fee {block.BaseFee}";
        }

        if (tx.Type == TxType.Blob)
        {
            if (tx.IsCreate) return "blob transaction cannot create a contract (to is empty)";
            if (tx.BlobVersionedHashes.Length == 0) return "blob transaction has no blobVersionedHashes";
            if ((ulong)tx.BlobVersionedHashes.Length > rules.MaxBlobsPerTx)
                return $"blob transaction has {tx.BlobVersionedHashes.Length} blobs, more than {rules.MaxBlobsPerTx} per transaction";
            foreach (var h in tx.BlobVersionedHashes)
                if (h.ToArray()[0] != 0x01) return $"blob versioned hash {h} does not start with version 0x01";
            if (tx.MaxFeePerBlobGas < blobBaseFee) return $"maxFeePerBlobGas {tx.MaxFeePerBlobGas} is below the blob base fee {blobBaseFee}";
        }
        if (tx.Type == TxType.SetCode)
        {
            if (tx.IsCreate) return "set-code transaction cannot create a contract (to is empty)";
            if (tx.AuthorizationList.Length == 0) return "set-code transaction has an empty authorizationList";
        }

        ulong nonce = world.GetNonce(tx.Sender);
        if (nonce == ulong.MaxValue) return "sender nonce is at its maximum 2^64-1 (EIP-2681)";
        if (tx.Nonce != nonce) return $"nonce {tx.Nonce} does not match the sender's nonce {nonce}";
        if (world.GetCodeHash(tx.Sender) != Account.EmptyCodeHash && !(rules.HasSetCode && Delegation.IsDesignator(world.GetCode(tx.Sender))))
            return "sender has code (EIP-3607)";

        // Up-front cost at the highest price the sender agreed to pay.
        if (UInt256.MultiplyOverflow((ulong)tx.GasLimit, maxFee, out var cost) || UInt256.AddOverflow(cost, tx.Value, out cost))
            return "gasLimit × fee + value overflows 256 bits";
        if (tx.Type == TxType.Blob)
        {
            ulong blobGas = (ulong)tx.BlobVersionedHashes.Length * Gas.GasCosts.BlobGasPerBlob;
            if (UInt256.MultiplyOverflow(blobGas, tx.MaxFeePerBlobGas, out var blobCost) || UInt256.AddOverflow(cost, blobCost, out cost))
                return "blob fee overflows 256 bits";
        }
        var balance = world.GetBalance(tx.Sender);
        if (balance < cost) return $"insufficient funds: balance {balance} < up-front cost {cost}";
        return null;
    }
}
