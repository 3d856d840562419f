using ParallelEvm.State;
using ParallelEvm.Vm.Blocks;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>Block-level formulas with values worked out from the yellow paper and the EIPs.</summary>
public sealed class BlockRulesTests
{
    static readonly UInt256 Ether = new(1_000_000_000_000_000_000);

    [Theory]
    [InlineData(SpecId.Frontier, 5)]
    [InlineData(SpecId.SpuriousDragon, 5)]
    [InlineData(SpecId.Byzantium, 3)]   // EIP-649
    [InlineData(SpecId.Constantinople, 2)] // EIP-1234
    [InlineData(SpecId.London, 2)]
    [InlineData(SpecId.Paris, 0)]      // EIP-3675
    public void Block_reward_per_fork(SpecId spec, int ether) => Assert.Equal(Ether * (ulong)ether, BlockRewards.BlockReward(spec));

    [Fact]
    public void Uncle_reward_shrinks_by_an_eighth_per_generation()
    {
        var r = Ether * 5UL;
        Assert.Equal(Ether * 35UL / 8UL, BlockRewards.UncleReward(r, 99, 100)); // (8 + 99 − 100)/8 · 5 = 4.375 ETH
        Assert.Equal(Ether * 10UL / 8UL, BlockRewards.UncleReward(r, 94, 100)); // six generations back: 2/8
    }

    [Fact]
    public void Rewards_pay_coinbase_nephew_share_and_uncle_miner()
    {
        var coinbase = Address.FromNumber(0xc0);
        var uncleMiner = Address.FromNumber(0xa1);
        var block = new Block
        {
            Header = new BlockHeader { Number = 100, Coinbase = coinbase },
            Uncles = [new BlockHeader { Number = 98, Coinbase = uncleMiner }],
        };
        var state = new InMemoryDb();
        var diff = new StateDiff();
        Assert.Null(BlockRewards.Apply(block, SpecId.Byzantium, state, diff));
        var r = Ether * 3UL;
        Assert.Equal(r + r / 32UL, state.GetAccount(coinbase)!.Value.Balance);
        Assert.Equal(r * 6UL / 8UL, state.GetAccount(uncleMiner)!.Value.Balance);
        Assert.Equal(2, diff.Accounts.Count);
    }

    [Fact]
    public void Uncles_known_by_hash_only_pay_the_nephew_share_and_say_so()
    {
        var coinbase = Address.FromNumber(0xc0);
        var block = new Block { Header = new BlockHeader { Number = 100, Coinbase = coinbase }, UncleHashes = [Hash256.Zero] };
        var state = new InMemoryDb();
        Assert.NotNull(BlockRewards.Apply(block, SpecId.Homestead, state, new StateDiff()));
        Assert.Equal(Ether * 5UL + Ether * 5UL / 32UL, state.GetAccount(coinbase)!.Value.Balance);
    }

    // EIP-1559: target = limit / 2; the fee moves by (used − target)/target/8, at least 1 wei upwards.
    [Theory]
    [InlineData(30_000_000UL, 15_000_000UL, 1_000_000_000UL, 1_000_000_000UL)]
    [InlineData(30_000_000UL, 30_000_000UL, 1_000_000_000UL, 1_125_000_000UL)]
    [InlineData(30_000_000UL, 0UL, 1_000_000_000UL, 875_000_000UL)]
    [InlineData(30_000_000UL, 15_000_001UL, 8UL, 9UL)]
    [InlineData(30_000_000UL, 14_999_999UL, 8UL, 8UL)]
    public void Base_fee_follows_the_parent_gas_used(ulong limit, ulong used, ulong parentFee, ulong expected)
    {
        var parent = new BlockHeader { GasLimit = limit, GasUsed = used, BaseFeePerGas = parentFee };
        Assert.Equal(new UInt256(expected), BaseFee.Expected(parent, parentIsLondon: true));
    }

    [Fact]
    public void First_London_block_has_the_initial_base_fee() =>
        Assert.Equal(new UInt256(1_000_000_000), BaseFee.Expected(new BlockHeader { GasLimit = 15_000_000, GasUsed = 15_000_000 }, parentIsLondon: false));

    // EIP-4844 (Cancun): target 3 blobs = 393,216 blob gas per block.
    [Theory]
    [InlineData(0UL, 0UL, 0UL)]
    [InlineData(0UL, 393_216UL, 0UL)]
    [InlineData(0UL, 786_432UL, 393_216UL)]
    [InlineData(393_216UL, 131_072UL, 131_072UL)]
    [InlineData(100UL, 0UL, 0UL)]
    public void Excess_blob_gas_carries_the_parent_surplus(ulong parentExcess, ulong parentUsed, ulong expected)
    {
        var parent = new BlockHeader { ExcessBlobGas = parentExcess, BlobGasUsed = parentUsed };
        Assert.Equal(expected, ExcessBlobGas.Expected(parent, ForkRules.For(SpecId.Cancun)));
    }

    [Fact]
    public void Withdrawal_amounts_are_gwei() =>
        Assert.Equal(new UInt256(1_000_000_000UL) * 32UL, new Withdrawal(0, 0, Address.Zero, 32).AmountWei);
}
