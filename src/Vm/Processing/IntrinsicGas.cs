using ParallelEvm.State;
using ParallelEvm.Vm.Gas;

namespace ParallelEvm.Vm;

/// <summary>The gas a transaction pays before any code runs (yellow paper g0, with EIP-2028, 2930, 3860, 7702), and the EIP-7623 floor.</summary>
public static class IntrinsicGas
{
    public static long Of(Transaction tx, ForkRules rules)
    {
        long zeros = 0, nonZeros = 0;
        foreach (var b in tx.Data) if (b == 0) zeros++; else nonZeros++;
        long gas = GasCosts.Transaction + zeros * GasCosts.TxDataZero + nonZeros * rules.TxDataNonZeroGas;
        if (tx.IsCreate)
        {
            gas += rules.TxCreateGas;
            if (rules.MaxInitCodeSize < int.MaxValue) gas += GasCosts.InitCodeWord * ((tx.Data.Length + 31L) / 32);
        }
        foreach (var item in tx.AccessList)
            gas += GasCosts.AccessListAddress + GasCosts.AccessListStorageKey * item.StorageKeys.Length;
        gas += GasCosts.PerEmptyAccountCost * tx.AuthorizationList.Length;
        return gas;
    }

    /// <summary>EIP-7623: the least gas a transaction is charged, from its calldata tokens (zero byte 1, other byte 4).</summary>
    public static long Floor(Transaction tx)
    {
        long tokens = 0;
        foreach (var b in tx.Data) tokens += b == 0 ? 1 : 4;
        return GasCosts.Transaction + GasCosts.TotalCostFloorPerToken * tokens;
    }
}
