using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;

namespace ParallelEvm.Vm.Tests.Precompiles;

public class PrecompileSetTests
{
    static int[] Addresses(SpecId spec) =>
        PrecompileSet.For(spec).Select((p, i) => (p, i)).Where(x => x.p is not null).Select(x => x.i).ToArray();

    [Theory]
    [InlineData(SpecId.Frontier, new[] { 1, 2, 3, 4 })]
    [InlineData(SpecId.SpuriousDragon, new[] { 1, 2, 3, 4 })]
    [InlineData(SpecId.Byzantium, new[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData(SpecId.Petersburg, new[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData(SpecId.Istanbul, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(SpecId.Shanghai, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(SpecId.Cancun, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    public void Active_addresses_per_fork(SpecId spec, int[] expected)
    {
        Assert.Equal(expected, Addresses(spec));
        Assert.Null(PrecompileSet.For(spec)[0]);
    }

    [Fact]
    public void Addresses_map_to_their_precompiles()
    {
        var set = PrecompileSet.For(SpecId.Cancun);
        Assert.IsType<EcRecoverPrecompile>(set[1]);
        Assert.IsType<Sha256Precompile>(set[2]);
        Assert.IsType<Ripemd160Precompile>(set[3]);
        Assert.IsType<IdentityPrecompile>(set[4]);
        Assert.IsType<ModExpPrecompile>(set[5]);
        Assert.IsType<ParallelEvm.Vm.Precompiles.Bn254.Bn254AddPrecompile>(set[6]);
        Assert.IsType<ParallelEvm.Vm.Precompiles.Bn254.Bn254MulPrecompile>(set[7]);
        Assert.IsType<ParallelEvm.Vm.Precompiles.Bn254.Bn254PairingPrecompile>(set[8]);
        Assert.IsType<Blake2FPrecompile>(set[9]);
        Assert.IsType<ParallelEvm.Vm.Precompiles.Bls12381.PointEvaluationPrecompile>(set[10]);
    }

    [Fact]
    public void One_array_per_fork_is_cached()
    {
        Assert.Same(PrecompileSet.For(SpecId.Berlin), PrecompileSet.For(SpecId.Berlin));
        Assert.Same(PrecompileSet.For(SpecId.Berlin)[5], PrecompileSet.For(SpecId.London)[5]);
    }

    [Fact]
    public void Get_by_address()
    {
        Assert.IsType<Blake2FPrecompile>(PrecompileSet.Get(Address.FromNumber(9), SpecId.Istanbul));
        Assert.Null(PrecompileSet.Get(Address.FromNumber(9), SpecId.Petersburg));
        Assert.Null(PrecompileSet.Get(Address.FromNumber(0), SpecId.Cancun));
        Assert.Null(PrecompileSet.Get(Address.FromNumber(0x100), SpecId.Cancun));
        Assert.Null(PrecompileSet.Get(Address.Parse("0x1000000000000000000000000000000000000001"), SpecId.Cancun));
    }
}
