using ParallelEvm.State;
using static ParallelEvm.Vm.Tests.Prague.AuthorizationVectors;

namespace ParallelEvm.Vm.Tests.Prague;

/// <summary>EIP-7702 through the transaction processor: delegation writes, delegated execution, skipped tuples.</summary>
public class SetCodeTransactionTests
{
    static readonly Address Target1100 = Address.Parse("0x0000000000000000000000000000000000001100");
    static readonly Address Probe = Address.Parse("0x0000000000000000000000000000000000003000");
    static readonly Address OtherSender = Address.Parse("0x00000000000000000000000000000000000a11ce");

    // PUSH1 1, PUSH1 0, SSTORE, STOP: writes slot 0 of whichever account runs it.
    static readonly byte[] StoreOne = [0x60, 0x01, 0x60, 0x00, 0x55, 0x00];

    // PUSH20 <test account>, EXTCODESIZE, PUSH1 0, SSTORE, STOP.
    static readonly byte[] StoreExtCodeSizeOfTestAccount =
        [0x73, .. TestAccount.ToArray(), 0x3b, 0x60, 0x00, 0x55, 0x00];

    static readonly BlockEnv Block = new()
    {
        Number = 1, Timestamp = 1000, GasLimit = 30_000_000, BaseFee = 7, ChainId = 1,
        Coinbase = Address.Parse("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"),
    };

    static InMemoryDb Db()
    {
        var db = new InMemoryDb();
        db.SetAccount(TestAccount, new Account(1, 1_000_000_000_000, Account.EmptyCodeHash));
        db.SetAccount(OtherSender, new Account(0, 1_000_000_000_000, Account.EmptyCodeHash));
        db.SetAccount(Target1100, new Account(1, 0, db.AddCode(StoreOne, Keccak256.Hash(StoreOne))));
        db.SetAccount(Probe, new Account(1, 0, db.AddCode(StoreExtCodeSizeOfTestAccount, Keccak256.Hash(StoreExtCodeSizeOfTestAccount))));
        return db;
    }

    static Transaction SetCodeTx(Address sender, ulong nonce, Address to, params AuthorizationTuple[] authorizations) => new()
    {
        Type = TxType.SetCode, ChainId = 1, Nonce = nonce, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
        GasLimit = 200_000, To = to, AuthorizationList = authorizations, Sender = sender,
    };

    [Fact]
    public void Self_sponsored_delegation_runs_the_target_code_in_the_authority()
    {
        // The sender's nonce goes 1 → 2 first, so the tuple signed for nonce 2 applies, then 2 → 3.
        var tx = SetCodeTx(TestAccount, 1, TestAccount, AnyChainNonce2);
        var result = new TransactionProcessor(ForkRules.For(SpecId.Prague)).Execute(tx, Block, Db());

        Assert.Equal(TransactionStatus.Success, result.Status);
        var change = result.Changes.Accounts[TestAccount];
        Assert.Equal(Delegation.Designator(Target1100), change.Code);
        Assert.Equal(Keccak256.Hash(Delegation.Designator(Target1100)), change.Account!.Value.CodeHash);
        Assert.Equal(3UL, change.Account!.Value.Nonce);
        Assert.Equal(UInt256.One, change.Storage[UInt256.Zero]); // the delegated code wrote the authority's storage
        Assert.False(result.Changes.Accounts.TryGetValue(Target1100, out var target) && target.Storage.Count > 0);
    }

    [Fact]
    public void Extcodesize_of_a_delegated_account_is_the_designator_length()
    {
        var db = Db();
        var first = new TransactionProcessor(ForkRules.For(SpecId.Prague)).Execute(SetCodeTx(TestAccount, 1, TestAccount, AnyChainNonce2), Block, db);
        db.Apply(first.Changes);

        var probe = new Transaction
        {
            Type = TxType.DynamicFee, ChainId = 1, Nonce = 0, MaxFeePerGas = 10, MaxPriorityFeePerGas = 1,
            GasLimit = 100_000, To = Probe, Sender = OtherSender,
        };
        var result = new TransactionProcessor(ForkRules.For(SpecId.Prague)).Execute(probe, Block, db);
        Assert.Equal(TransactionStatus.Success, result.Status);
        Assert.Equal((UInt256)23, result.Changes.Accounts[Probe].Storage[UInt256.Zero]);
    }

    [Fact]
    public void Invalid_tuples_leave_the_transaction_valid_and_write_no_code()
    {
        var badParity = Synthetic with { YParity = 2 };
        var otherChain = Chain2;
        var tx = SetCodeTx(OtherSender, 0, Target1100, badParity, otherChain, MaxNonce);
        var result = new TransactionProcessor(ForkRules.For(SpecId.Prague)).Execute(tx, Block, Db());

        Assert.Equal(TransactionStatus.Success, result.Status);
        Assert.All(result.Changes.Accounts.Values, c => Assert.Null(c.Code));
        // Intrinsic 21000 + 25000 per tuple (none refunded) + the call: PUSH1, PUSH1 and a cold zero-to-nonzero SSTORE.
        Assert.Equal(21000 + 3 * 25000 + 3 + 3 + 2100 + 20000, result.GasUsed);
    }

    [Fact]
    public void Set_code_transaction_is_invalid_before_Prague_and_without_tuples()
    {
        var cancun = new TransactionProcessor(ForkRules.For(SpecId.Cancun)).Execute(SetCodeTx(OtherSender, 0, Target1100, Chain1), Block, Db());
        Assert.Equal(TransactionStatus.Invalid, cancun.Status);

        var empty = new TransactionProcessor(ForkRules.For(SpecId.Prague)).Execute(SetCodeTx(OtherSender, 0, Target1100), Block, Db());
        Assert.Equal(TransactionStatus.Invalid, empty.Status);
    }
}
