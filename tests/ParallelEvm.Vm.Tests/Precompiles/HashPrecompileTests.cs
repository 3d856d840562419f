using System.Text;
using ParallelEvm.Vm.Precompiles;

namespace ParallelEvm.Vm.Tests.Precompiles;

public class HashPrecompileTests
{
    // FIPS 180-2 appendix B.1 ("abc") and the well-known empty-string digest.
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Sha256_known_answers(string message, string expected)
    {
        Assert.True(Sha256Precompile.Instance.TryRun(Encoding.ASCII.GetBytes(message), SpecId.Cancun, out var output));
        Assert.Equal(expected, Hex.Of(output));
    }

    // RIPEMD-160 reference vectors (Dobbertin, Bosselaers, Preneel), left-padded with 12 zero bytes.
    [Theory]
    [InlineData("", "9c1185a5c5e9fc54612808977ee8f548b2258d31")]
    [InlineData("abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc")]
    public void Ripemd160_known_answers_left_padded(string message, string expected)
    {
        Assert.True(Ripemd160Precompile.Instance.TryRun(Encoding.ASCII.GetBytes(message), SpecId.Cancun, out var output));
        Assert.Equal(new string('0', 24) + expected, Hex.Of(output));
    }

    [Fact]
    public void Identity_returns_a_copy_of_its_input()
    {
        byte[] input = [1, 2, 3, 0, 255];
        Assert.True(IdentityPrecompile.Instance.TryRun(input, SpecId.Frontier, out var output));
        Assert.Equal(input, output);
        Assert.NotSame(input, output);
        Assert.True(IdentityPrecompile.Instance.TryRun([], SpecId.Frontier, out var empty));
        Assert.Empty(empty);
    }

    // Yellow paper appendix E: base + per-word cost, words rounded up.
    [Theory]
    [InlineData(0, 60, 600, 15)]
    [InlineData(1, 72, 720, 18)]
    [InlineData(32, 72, 720, 18)]
    [InlineData(33, 84, 840, 21)]
    [InlineData(64, 84, 840, 21)]
    [InlineData(1000, 444, 4440, 111)]
    public void Linear_gas(int length, long sha256, long ripemd160, long identity)
    {
        var input = new byte[length];
        foreach (var spec in new[] { SpecId.Frontier, SpecId.Berlin, SpecId.Osaka })
        {
            Assert.Equal(sha256, Sha256Precompile.Instance.RequiredGas(input, spec));
            Assert.Equal(ripemd160, Ripemd160Precompile.Instance.RequiredGas(input, spec));
            Assert.Equal(identity, IdentityPrecompile.Instance.RequiredGas(input, spec));
        }
    }
}
