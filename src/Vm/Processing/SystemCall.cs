using ParallelEvm.State;

namespace ParallelEvm.Vm;

/// <summary>
/// A system call (EIP-4788, and the pattern EIP-2935/7002/7251 reuse): the protocol calls a contract as
/// <see cref="SystemAddress"/> with up to 30,000,000 gas, outside any transaction: no fee, no nonce, no gas counted
/// against the block, no account created. Built on the public <see cref="TransactionProcessor"/> API: the call runs as
/// a zero-price transaction from the system address, and only the called contract's own changes are kept
/// (the system address's nonce bump and the zero-fee touch of the coinbase are artefacts of that wrapping).
/// </summary>
public static class SystemCall
{
    /// <summary>0xff…fe, the caller of system calls.</summary>
    public static readonly Address SystemAddress = Address.Parse("0xfffffffffffffffffffffffffffffffffffffffe");

    /// <summary>EIP-4788's beacon-roots contract.</summary>
    public static readonly Address BeaconRootsAddress = Address.Parse("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02");

    public const long Gas = 30_000_000;

    /// <summary>
    /// Calls <paramref name="target"/> with <paramref name="input"/>. Returns null when the target has no code
    /// (the call then does nothing, EIP-4788); otherwise the result, whose <see cref="TransactionResult.Changes"/> hold
    /// only the target's own writes. The caller applies them.
    /// </summary>
    public static TransactionResult? Execute(ForkRules rules, Address target, byte[] input, BlockEnv block, IStateReader state)
    {
        if (state.GetAccount(target) is not { HasCode: true }) return null;
        var tx = new Transaction
        {
            Type = TxType.Legacy,
            Nonce = state.GetAccount(SystemAddress)?.Nonce ?? 0,
            GasPrice = UInt256.Zero,
            To = target,
            Data = input,
            Sender = SystemAddress,
        };
        // The message gets 30M gas: add the intrinsic cost the transaction wrapper deducts (capped by EIP-7825 if active).
        long gasLimit = Math.Min(Gas + IntrinsicGas.Of(tx, rules), rules.TxGasLimitCap);
        tx = new Transaction
        {
            Type = tx.Type, Nonce = tx.Nonce, GasPrice = tx.GasPrice, To = tx.To, Data = tx.Data, Sender = tx.Sender,
            GasLimit = gasLimit,
        };
        var env = new BlockEnv
        {
            Number = block.Number,
            Coinbase = block.Coinbase,
            Timestamp = block.Timestamp,
            GasLimit = Math.Max(block.GasLimit, gasLimit),
            BaseFee = UInt256.Zero, // a zero-price call must pass the EIP-1559 fee check
            Difficulty = block.Difficulty,
            PrevRandao = block.PrevRandao,
            ExcessBlobGas = block.ExcessBlobGas,
            ChainId = block.ChainId,
            ParentBeaconBlockRoot = block.ParentBeaconBlockRoot,
            BlockHash = block.BlockHash,
        };
        var result = new TransactionProcessor(rules).Execute(tx, env, state);
        if (!result.IsValid) throw new InvalidOperationException($"system call to {target} was rejected: {result.Error}");

        var kept = new StateDiff();
        if (result.Changes.Accounts.TryGetValue(target, out var change)) kept.Accounts[target] = change;
        return new TransactionResult
        {
            Status = result.Status,
            Error = result.Error,
            GasUsed = result.GasUsed,
            Logs = result.Logs,
            Output = result.Output,
            Changes = kept,
        };
    }

    /// <summary>EIP-4788: stores the parent beacon block root in the beacon-roots contract before the first transaction.</summary>
    public static TransactionResult? ProcessBeaconRoot(ForkRules rules, Hash256 parentBeaconBlockRoot, BlockEnv block, IStateReader state) =>
        Execute(rules, BeaconRootsAddress, parentBeaconBlockRoot.ToArray(), block, state);
}
