using ParallelEvm.State;
using ParallelEvm.Vm.Evm;
using ParallelEvm.Vm.World;

namespace ParallelEvm.Vm;

/// <summary>
/// Executes one transaction against a state reader and returns its receipt data and write set (yellow paper §6:
/// validate, buy gas, run the message, refund, pay the coinbase, clean up). Not thread-safe: one per executor;
/// it reuses its world state and interpreter across transactions.
/// </summary>
public sealed class TransactionProcessor
{
    readonly WorldState _world = new();
    readonly Interpreter _evm = new();
    readonly TxContext _context = new();

    public TransactionProcessor(ForkRules rules) => Rules = rules;

    public ForkRules Rules { get; }

    /// <summary>
    /// Leave the coinbase's fee credit out of the write set and report it in <see cref="TransactionResult.CoinbaseFee"/>:
    /// the parallel engine adds fees as commutative deltas, so that transactions do not all conflict on the coinbase.
    /// </summary>
    public bool DefersCoinbasePayment { get; init; }

    public TransactionResult Execute(Transaction tx, BlockEnv block, IStateReader state)
    {
        var rules = Rules;
        _world.Reset(state);
        var blobBaseFee = rules.HasBlobs ? BlobGas.BaseFee(block.ExcessBlobGas ?? 0, rules.BlobBaseFeeUpdateFraction) : UInt256.Zero;
        long intrinsic = IntrinsicGas.Of(tx, rules);
        if (TransactionValidator.Validate(tx, block, rules, _world, intrinsic, blobBaseFee) is { } error)
            return TransactionResult.Invalid(error);

        var gasPrice = EffectiveGasPrice(tx, block, rules);
        ulong blobGasUsed = (ulong)tx.BlobVersionedHashes.Length * Gas.GasCosts.BlobGasPerBlob;
        // Buy all the gas up front; the blob fee is burned outright (EIP-4844).
        _world.SubtractBalance(tx.Sender, gasPrice * (ulong)tx.GasLimit + blobBaseFee * blobGasUsed);
        _world.SetNonce(tx.Sender, tx.Nonce + 1);

        _context.Origin = tx.Sender;
        _context.GasPrice = gasPrice;
        _context.BlobHashes = tx.BlobVersionedHashes;
        _context.BlobBaseFee = blobBaseFee;
        _evm.Begin(rules, _world, block, _context);
        if (rules.HasAccessLists) WarmUp(tx, block, rules);
        // EIP-7702: authorizations apply before the call; their refund stays even if the call fails.
        if (tx.AuthorizationList.Length > 0)
            _world.AddRefund(AuthorizationProcessor.Apply(tx.AuthorizationList, block.ChainId, _world));

        long gas = tx.GasLimit - intrinsic;
        Address? created = tx.IsCreate ? ContractAddress.From(tx.Sender, tx.Nonce) : null;
        var message = new Message
        {
            Kind = tx.IsCreate ? FrameKind.Create : FrameKind.Call,
            Caller = tx.Sender,
            Target = created ?? tx.To!.Value,
            CodeAddress = created ?? tx.To!.Value,
            Value = tx.Value,
            TransfersValue = !tx.Value.IsZero,
            Input = tx.Data,
            Gas = gas,
            Depth = 0,
            NonceAlreadyIncremented = true,
        };
        if (rules.HasSetCode && !tx.IsCreate) FollowDelegation(ref message);
        var result = _evm.Execute(message);

        long gasUsed = tx.GasLimit - result.GasLeft;
        long refund = Math.Min(_world.Refund, gasUsed / rules.MaxRefundQuotient);
        gasUsed -= refund;
        if (rules.HasCalldataFloor) gasUsed = Math.Max(gasUsed, IntrinsicGas.Floor(tx)); // EIP-7623
        _world.AddBalance(tx.Sender, gasPrice * (ulong)(tx.GasLimit - gasUsed));
        var tip = rules.HasBaseFee ? gasPrice - block.BaseFee : gasPrice;
        var coinbaseFee = tip * (ulong)gasUsed;
        if (!DefersCoinbasePayment) _world.AddBalance(block.Coinbase, coinbaseFee);

        var status = result.Error != EvmError.None ? TransactionStatus.Halted
            : result.Reverted ? TransactionStatus.Reverted
            : TransactionStatus.Success;
        return new TransactionResult
        {
            Status = status,
            Error = result.Error == EvmError.None ? (result.Reverted ? "execution reverted" : null) : result.Error.ToString(),
            GasUsed = gasUsed,
            Logs = status == TransactionStatus.Success ? _world.Logs.ToArray() : [],
            Output = result.Output,
            ContractAddress = status == TransactionStatus.Success ? result.CreatedAddress : null,
            Changes = _world.BuildDiff(rules.ClearsEmptyAccounts),
            BlobGasUsed = blobGasUsed,
            CoinbaseFee = coinbaseFee,
        };
    }

    /// <summary>
    /// EIP-7702: a transaction to a delegated account runs the target's code; the target turns warm for free
    /// (unlike CALL, which pays for it) and its precompile, if it is one, does not run.
    /// </summary>
    void FollowDelegation(ref Message message)
    {
        if (!Delegation.TryGetTarget(_world.GetCode(message.Target), out var target)) return;
        _world.WarmAccount(target);
        message.CodeAddress = target;
        message.DisablePrecompiles = true;
    }

    static UInt256 EffectiveGasPrice(Transaction tx, BlockEnv block, ForkRules rules)
    {
        if (!tx.IsEip1559Style) return tx.GasPrice;
        var priority = tx.MaxFeePerGas - block.BaseFee;
        if (tx.MaxPriorityFeePerGas < priority) priority = tx.MaxPriorityFeePerGas;
        return block.BaseFee + priority;
    }

    /// <summary>EIP-2929/2930/3651: the accounts and slots a transaction starts warm.</summary>
    void WarmUp(Transaction tx, BlockEnv block, ForkRules rules)
    {
        _world.WarmAccount(tx.Sender);
        if (tx.To is { } to) _world.WarmAccount(to);
        foreach (var precompile in _evm.ActivePrecompiles) _world.WarmAccount(precompile);
        if (rules.WarmsCoinbase) _world.WarmAccount(block.Coinbase);
        foreach (var item in tx.AccessList)
        {
            _world.WarmAccount(item.Address);
            foreach (var key in item.StorageKeys) _world.WarmSlot(item.Address, key);
        }
    }
}
