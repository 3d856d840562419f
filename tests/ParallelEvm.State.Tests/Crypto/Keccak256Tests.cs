using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace ParallelEvm.State.Tests.Crypto;

public class Keccak256Tests
{
    static string Hex(Hash256 h) => h.ToString()[2..];

    static byte[] BouncyKeccak(byte[] data)
    {
        var d = new KeccakDigest(256);
        d.BlockUpdate(data, 0, data.Length);
        var output = new byte[32];
        d.DoFinal(output, 0);
        return output;
    }

    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("hello world", "47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad")]
    [InlineData("The quick brown fox jumps over the lazy dog", "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    public void KnownAnswers(string input, string expected)
    {
        Assert.Equal(expected, Hex(Keccak256.Hash(Encoding.ASCII.GetBytes(input))));
    }

    [Fact]
    public void IsNotSha3_256()
    {
        // FIPS 202 SHA3-256("") = a7ffc6f8…434a; Ethereum's Keccak must differ (padding 0x01 vs 0x06).
        Assert.NotEqual("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", Hex(Keccak256.Hash([])));
    }

    [Fact]
    public void OfEmptyMatchesHashOfNothing() => Assert.Equal(Keccak256.Hash([]), Keccak256.OfEmpty);

    [Theory]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(137)]
    [InlineData(271)]
    [InlineData(272)]
    [InlineData(273)]
    public void RateBoundariesMatchBouncyCastle(int length)
    {
        var rng = new Random(length);
        var data = new byte[length];
        rng.NextBytes(data);
        Assert.Equal(BouncyKeccak(data), Keccak256.Hash(data).ToArray());
    }

    [Fact]
    public void RandomLengthsUpTo1000MatchBouncyCastle()
    {
        var rng = new Random(20240611);
        var actual = new byte[32];
        for (int length = 0; length <= 1000; length++)
        {
            var data = new byte[length];
            rng.NextBytes(data);
            var expected = BouncyKeccak(data);
            Keccak256.Hash(data, actual);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"mismatch at length {length}");
        }
    }

    [Fact]
    public void SpanOutputWritesExactly32Bytes()
    {
        var output = new byte[40];
        Array.Fill(output, (byte)0xEE);
        Keccak256.Hash("abc"u8, output);
        Assert.Equal(Keccak256.Hash("abc"u8).ToArray(), output[..32]);
        Assert.All(output[32..], b => Assert.Equal(0xEE, b));
    }

    [Fact]
    public void ShortOutputIsRejected()
    {
        Assert.Throws<ArgumentException>(() => Keccak256.Hash("abc"u8, new byte[31]));
    }

    [Fact]
    public void IncrementalHasherMatchesOneShotForAnySplit()
    {
        var rng = new Random(7);
        foreach (int length in new[] { 0, 1, 135, 136, 137, 300, 1000 })
        {
            var data = new byte[length];
            rng.NextBytes(data);
            var expected = Keccak256.Hash(data);
            for (int trial = 0; trial < 20; trial++)
            {
                var hasher = new Keccak256Hasher();
                int pos = 0;
                while (pos < length)
                {
                    int take = Math.Min(rng.Next(0, 160), length - pos);
                    hasher.Append(data.AsSpan(pos, take));
                    pos += take;
                }
                Assert.Equal(expected, hasher.Finish());
            }
        }
    }

    [Fact]
    public void HasherResetsAfterFinish()
    {
        var hasher = new Keccak256Hasher();
        hasher.Append("garbage"u8);
        hasher.Finish();
        hasher.Append((byte)'a');
        hasher.Append("bc"u8);
        Assert.Equal("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", Hex(hasher.Finish()));
    }

    [Fact]
    public void OneShotDoesNotAllocate()
    {
        var data = new byte[1000];
        Span<byte> output = stackalloc byte[32];
        for (int i = 0; i < 2000; i++) Keccak256.Hash(data, output); // warm up (JIT tiers, statics)
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) Keccak256.Hash(data, output);
        _ = Keccak256.Hash(data);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
