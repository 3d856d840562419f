namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>Mainnet activation points (block numbers to the Merge, timestamps after) and fork names.</summary>
public sealed class ForkScheduleTests
{
    [Theory]
    [InlineData(0UL, 0UL, SpecId.Frontier)]
    [InlineData(1_149_999UL, 0UL, SpecId.Frontier)]
    [InlineData(1_150_000UL, 0UL, SpecId.Homestead)]
    [InlineData(2_463_000UL, 0UL, SpecId.TangerineWhistle)]
    [InlineData(2_675_000UL, 0UL, SpecId.SpuriousDragon)]
    [InlineData(4_369_999UL, 0UL, SpecId.SpuriousDragon)]
    [InlineData(4_370_000UL, 0UL, SpecId.Byzantium)]
    [InlineData(7_279_999UL, 0UL, SpecId.Byzantium)]
    [InlineData(7_280_000UL, 0UL, SpecId.Petersburg)]
    [InlineData(9_069_000UL, 0UL, SpecId.Istanbul)]
    [InlineData(12_244_000UL, 0UL, SpecId.Berlin)]
    [InlineData(12_965_000UL, 0UL, SpecId.London)]
    [InlineData(15_537_393UL, 1_663_224_162UL, SpecId.London)]
    [InlineData(15_537_394UL, 1_663_224_179UL, SpecId.Paris)]
    [InlineData(17_034_869UL, 1_681_338_443UL, SpecId.Paris)]
    [InlineData(17_034_870UL, 1_681_338_455UL, SpecId.Shanghai)]
    [InlineData(19_426_586UL, 1_710_338_123UL, SpecId.Shanghai)]
    [InlineData(19_426_587UL, 1_710_338_135UL, SpecId.Cancun)]
    [InlineData(22_431_084UL, 1_746_612_311UL, SpecId.Prague)]
    [InlineData(23_935_694UL, 1_764_798_551UL, SpecId.Osaka)]
    public void Mainnet_forks_activate_where_the_chain_switched(ulong number, ulong timestamp, SpecId expected) =>
        Assert.Equal(expected, ForkSchedule.Mainnet(number, timestamp));

    [Theory]
    [InlineData("FRONTIER", SpecId.Frontier)]
    [InlineData("TANGERINE", SpecId.TangerineWhistle)]
    [InlineData("SPURIOUS_DRAGON", SpecId.SpuriousDragon)]
    [InlineData("PETERSBURG", SpecId.Petersburg)]
    [InlineData("MERGE", SpecId.Paris)]
    [InlineData("Paris", SpecId.Paris)]
    [InlineData("EIP150", SpecId.TangerineWhistle)]
    [InlineData("EIP158", SpecId.SpuriousDragon)]
    [InlineData("Cancun", SpecId.Cancun)]
    public void Names_of_block_files_and_fixtures_parse(string name, SpecId expected) => Assert.Equal(expected, ForkSchedule.Parse(name));

    [Fact]
    public void Unknown_fork_name_is_a_clear_error()
    {
        Assert.False(ForkSchedule.TryParse("ShanghaiToCancunAtTime15k", out _));
        var ex = Assert.Throws<ArgumentException>(() => ForkSchedule.Parse("GLACIER"));
        Assert.Contains("unknown fork 'GLACIER'", ex.Message);
    }
}
