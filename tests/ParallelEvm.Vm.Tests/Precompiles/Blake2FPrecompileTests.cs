using System.Buffers.Binary;
using ParallelEvm.Vm.Precompiles;

namespace ParallelEvm.Vm.Tests.Precompiles;

public class Blake2FPrecompileTests
{
    // EIP-152 test vectors share everything after the rounds word: h = BLAKE2b-512 IV with the parameter block mixed in,
    // m = "abc", t = 3; the last byte is the final-block flag.
    const string Body =
        "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b" +
        "6162630000000000000000000000000000000000000000000000000000000000" +
        "0000000000000000000000000000000000000000000000000000000000000000" +
        "0000000000000000000000000000000000000000000000000000000000000000" +
        "0000000000000000000000000000000000000000000000000000000000000000" +
        "0300000000000000" + "0000000000000000";

    [Theory] // EIP-152 vectors 4, 5, 6 and 7
    [InlineData("00000000", "01", "08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b")]
    [InlineData("0000000c", "01", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    [InlineData("0000000c", "00", "75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735")]
    [InlineData("00000001", "01", "b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421")]
    public void Eip152_vectors(string rounds, string flag, string expected)
    {
        var input = Hex.Bytes(rounds + Body + flag);
        Assert.Equal(213, input.Length);
        Assert.True(Blake2FPrecompile.Instance.TryRun(input, SpecId.Istanbul, out var output));
        Assert.Equal(expected, Hex.Of(output));
        Assert.Equal(Convert.ToInt64(rounds, 16), Blake2FPrecompile.Instance.RequiredGas(input, SpecId.Istanbul));
    }

    [Fact] // EIP-152 vector 8: gas only; running 2^32-1 rounds takes minutes of CPU (see the skipped test below)
    public void Eip152_vector8_costs_one_gas_per_round()
    {
        var input = Hex.Bytes("ffffffff" + Body + "01");
        Assert.Equal(4294967295L, Blake2FPrecompile.Instance.RequiredGas(input, SpecId.Istanbul));
    }

    [Fact(Skip = "EIP-152 vector 8 runs 4,294,967,295 rounds: minutes of CPU; run by hand")]
    public void Eip152_vector8_output()
    {
        var input = Hex.Bytes("ffffffff" + Body + "01");
        Assert.True(Blake2FPrecompile.Instance.TryRun(input, SpecId.Istanbul, out var output));
        Assert.Equal("fc59093aafa9ab43daae0e914c57635c5402d8e3d2130eb9b3cc181de7f0ecf9b22bf99a7815ce16419e200e01846e6b5df8cc7703041bbceb571de6631d2615", Hex.Of(output));
    }

    [Theory] // EIP-152 vectors 0–3: wrong length (empty, 212, 214 bytes) and a final flag of 2
    [InlineData("")]
    [InlineData("00000c" + Body + "01")]
    [InlineData("000000000c" + Body + "01")]
    [InlineData("0000000c" + Body + "02")]
    public void Eip152_failure_vectors(string hex)
    {
        Assert.False(Blake2FPrecompile.Instance.TryRun(Hex.Bytes(hex), SpecId.Istanbul, out var output));
        Assert.Empty(output);
    }

    [Fact] // RFC 7693 appendix A: BLAKE2b-512("abc"), built from the RFC's own parameters rather than EIP bytes
    public void Rfc7693_blake2b_abc()
    {
        ulong[] h =
        [
            0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
            0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
        ];
        h[0] ^= 0x01010000UL ^ 64; // parameter block: depth 1, fanout 1, no key, 64-byte digest (RFC 7693 §3.3)
        var m = new ulong[16];
        m[0] = 0x636261; // "abc" little-endian
        Blake2FCompression.Compress(h, m, t0: 3, t1: 0, final: true, rounds: 12);

        var digest = new byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(digest.AsSpan(8 * i), h[i]);
        Assert.Equal(
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1" +
            "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
            Hex.Of(digest));
    }
}
