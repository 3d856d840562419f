using ParallelEvm.State;
using ParallelEvm.Vm.World;
using static ParallelEvm.Vm.Tests.Prague.AuthorizationVectors;

namespace ParallelEvm.Vm.Tests.Prague;

/// <summary>EIP-7702 "Behavior": each tuple is applied or skipped on its own; skipping never throws or invalidates.</summary>
public class AuthorizationProcessorTests
{
    const ulong ChainId = 1;
    static readonly Address Target1100 = Address.Parse("0x0000000000000000000000000000000000001100");

    static WorldState World(InMemoryDb db)
    {
        var world = new WorldState();
        world.Reset(db);
        return world;
    }

    static InMemoryDb DbWith(Address address, ulong nonce, byte[]? code = null)
    {
        var db = new InMemoryDb();
        var codeHash = Account.EmptyCodeHash;
        if (code is { Length: > 0 }) codeHash = db.AddCode(code, Keccak256.Hash(code));
        db.SetAccount(address, new Account(nonce, 1_000_000, codeHash));
        return db;
    }

    [Fact]
    public void Valid_tuple_writes_the_designator_raises_the_nonce_and_refunds_an_existing_authority()
    {
        var world = World(DbWith(TestAccount, nonce: 2));
        long refund = AuthorizationProcessor.Apply([AnyChainNonce2], ChainId, world);

        Assert.Equal(25000 - 12500, refund);
        Assert.Equal(Delegation.Designator(Target1100), world.GetCode(TestAccount));
        Assert.Equal(Keccak256.Hash(Delegation.Designator(Target1100)), world.GetCodeHash(TestAccount));
        Assert.Equal(3UL, world.GetNonce(TestAccount));
        Assert.True(world.IsWarm(TestAccount));

        // The delegation is an ordinary code write in the transaction's diff.
        var change = world.BuildDiff(clearEmptyAccounts: true).Accounts[TestAccount];
        Assert.Equal(Delegation.Designator(Target1100), change.Code);
        Assert.Equal(Keccak256.Hash(Delegation.Designator(Target1100)), change.Account!.Value.CodeHash);
        Assert.Equal(3UL, change.Account!.Value.Nonce);
    }

    [Fact]
    public void New_authority_is_created_without_refund()
    {
        var world = World(new InMemoryDb());
        long refund = AuthorizationProcessor.Apply([Chain1], ChainId, world);

        Assert.Equal(0, refund);
        Assert.True(world.Exists(Chain1Signer));
        Assert.Equal(1UL, world.GetNonce(Chain1Signer));
        Assert.True(Delegation.TryGetTarget(world.GetCode(Chain1Signer), out var target));
        Assert.Equal(TestAccount, target);
    }

    [Fact]
    public void Chain_id_of_another_chain_is_skipped_but_zero_is_any_chain()
    {
        var world = World(new InMemoryDb());
        AuthorizationProcessor.Apply([Chain2], ChainId, world);
        Assert.False(world.Exists(Chain1Signer));
        Assert.False(world.IsWarm(Chain1Signer)); // skipped before recovery: the authority is not even warmed

        AuthorizationProcessor.Apply([Chain2], chainId: 2, world);
        Assert.Equal(1UL, world.GetNonce(Chain1Signer));
    }

    [Fact]
    public void Chain_id_beyond_64_bits_is_skipped_without_overflow()
    {
        var world = World(DbWith(TestAccount, nonce: 0));
        Assert.Equal(0, AuthorizationProcessor.Apply([HugeChainId], ChainId, world));
        Assert.Empty(world.GetCode(TestAccount));
        Assert.Equal(0UL, world.GetNonce(TestAccount));
    }

    [Fact]
    public void Nonce_2_pow_64_minus_1_is_skipped_even_when_it_matches()
    {
        // The account's nonce equals the tuple's, so only the EIP-2681 bound can skip it.
        var world = World(DbWith(TestAccount, nonce: ulong.MaxValue));
        Assert.Equal(0, AuthorizationProcessor.Apply([MaxNonce], ChainId, world));
        Assert.Empty(world.GetCode(TestAccount));
        Assert.Equal(ulong.MaxValue, world.GetNonce(TestAccount));
    }

    [Fact]
    public void Nonce_2_pow_64_minus_2_is_the_largest_that_applies()
    {
        var world = World(DbWith(TestAccount, nonce: ulong.MaxValue - 1));
        AuthorizationProcessor.Apply([MaxUsableNonce], ChainId, world);
        Assert.Equal(ulong.MaxValue, world.GetNonce(TestAccount));
        Assert.True(Delegation.IsDesignator(world.GetCode(TestAccount)));
    }

    [Fact]
    public void Nonce_mismatch_is_skipped_but_the_authority_stays_warm()
    {
        var world = World(DbWith(TestAccount, nonce: 5));
        Assert.Equal(0, AuthorizationProcessor.Apply([AnyChainNonce2], ChainId, world));
        Assert.Empty(world.GetCode(TestAccount));
        Assert.Equal(5UL, world.GetNonce(TestAccount));
        Assert.True(world.IsWarm(TestAccount));
    }

    [Fact]
    public void Authority_with_contract_code_is_skipped()
    {
        var world = World(DbWith(TestAccount, nonce: 2, code: [0x60, 0x00, 0x00]));
        Assert.Equal(0, AuthorizationProcessor.Apply([AnyChainNonce2], ChainId, world));
        Assert.Equal(new byte[] { 0x60, 0x00, 0x00 }, world.GetCode(TestAccount));
        Assert.Equal(2UL, world.GetNonce(TestAccount));
    }

    [Fact]
    public void Existing_delegation_is_replaced()
    {
        var world = World(DbWith(TestAccount, nonce: 2, code: Delegation.Designator(Address.FromNumber(0x42))));
        Assert.Equal(12500, AuthorizationProcessor.Apply([AnyChainNonce2], ChainId, world));
        Assert.Equal(Delegation.Designator(Target1100), world.GetCode(TestAccount));
    }

    [Fact]
    public void Zero_address_clears_the_delegation_as_a_code_write()
    {
        var world = World(DbWith(TestAccount, nonce: 1, code: Delegation.Designator(Address.FromNumber(0x42))));
        AuthorizationProcessor.Apply([ClearNonce1], ChainId, world);
        Assert.Empty(world.GetCode(TestAccount));
        Assert.Equal(Account.EmptyCodeHash, world.GetCodeHash(TestAccount));
        Assert.Equal(2UL, world.GetNonce(TestAccount));

        var change = world.BuildDiff(clearEmptyAccounts: true).Accounts[TestAccount];
        Assert.Equal(Account.EmptyCodeHash, change.Account!.Value.CodeHash);
        Assert.NotNull(change.Code);
        Assert.Empty(change.Code!);
    }

    [Fact]
    public void Later_tuples_see_earlier_ones_and_invalid_ones_in_between_change_nothing()
    {
        var world = World(DbWith(TestAccount, nonce: ulong.MaxValue - 1));
        var malformed = Synthetic with { YParity = 7 };
        long refund = AuthorizationProcessor.Apply([malformed, MaxUsableNonce, MaxNonce, Chain2], ChainId, world);
        // MaxUsableNonce applies (nonce → 2^64 − 1); MaxNonce would now match but is out of range; Chain2 is for chain 2.
        Assert.Equal(12500, refund);
        Assert.Equal(ulong.MaxValue, world.GetNonce(TestAccount));
        Assert.Equal(Delegation.Designator(MaxUsableNonce.Address), world.GetCode(TestAccount));
    }
}
