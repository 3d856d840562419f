using System.Numerics;
using ParallelEvm.Vm.Precompiles;

namespace ParallelEvm.Vm.Tests.Precompiles;

public class ModExpPrecompileTests
{
    static readonly ModExpPrecompile ModExp = ModExpPrecompile.Instance;

    static string Word(BigInteger value) => value.ToString("x64")[^64..];
    static string Lengths(BigInteger b, BigInteger e, BigInteger m) => Word(b) + Word(e) + Word(m);

    static byte[] Run(byte[] input, SpecId spec = SpecId.Cancun)
    {
        Assert.True(ModExp.TryRun(input, spec, out var output));
        return output;
    }

    // EIP-198 example 1: 3^(p-1) mod p = 1 for the secp256k1 field prime p (Fermat).
    const string Example1 =
        "0000000000000000000000000000000000000000000000000000000000000001" +
        "0000000000000000000000000000000000000000000000000000000000000020" +
        "0000000000000000000000000000000000000000000000000000000000000020" +
        "03" +
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e" +
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";

    [Fact]
    public void Eip198_example1_fermat()
    {
        var input = Hex.Bytes(Example1);
        Assert.Equal("0000000000000000000000000000000000000000000000000000000000000001", Hex.Of(Run(input)));
        Assert.Equal(13056, ModExp.RequiredGas(input, SpecId.Byzantium)); // stated in EIP-198
        Assert.Equal(1360, ModExp.RequiredGas(input, SpecId.Berlin));     // ceil(32/8)² · 255 / 3
        Assert.Equal(4080, ModExp.RequiredGas(input, SpecId.Osaka));      // 16 · 255
    }

    [Fact] // EIP-198 example 2: an empty base is 0, and the exponent starts right after the header
    public void Eip198_example2_empty_base()
    {
        var input = Hex.Bytes(
            "0000000000000000000000000000000000000000000000000000000000000000" +
            "0000000000000000000000000000000000000000000000000000000000000020" +
            "0000000000000000000000000000000000000000000000000000000000000020" +
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e" +
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");
        Assert.Equal(new byte[32], Run(input));
        Assert.Equal(13056, ModExp.RequiredGas(input, SpecId.Byzantium));
    }

    [Theory] // EIP-198 example 3: a modulus length of 2^256 - 1 cannot be paid for, in any fork
    [InlineData(SpecId.Byzantium)]
    [InlineData(SpecId.Berlin)]
    [InlineData(SpecId.Osaka)]
    public void Eip198_example3_astronomical_modulus_length(SpecId spec)
    {
        var input = Hex.Bytes(
            "0000000000000000000000000000000000000000000000000000000000000000" +
            "0000000000000000000000000000000000000000000000000000000000000020" +
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" +
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe" +
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd");
        Assert.Equal(long.MaxValue, ModExp.RequiredGas(input, spec));
        Assert.False(ModExp.TryRun(input, spec, out _)); // and never allocates 2^256 bytes
    }

    [Fact] // EIP-198 examples 4 and 5: trailing bytes are ignored, missing bytes are zeros
    public void Eip198_examples4_and_5_padding()
    {
        const string header = "0000000000000000000000000000000000000000000000000000000000000001" +
                              "0000000000000000000000000000000000000000000000000000000000000002" +
                              "0000000000000000000000000000000000000000000000000000000000000020" +
                              "03" + "ffff";
        var full = Hex.Bytes(header + "8000000000000000000000000000000000000000000000000000000000000000" + "07");
        var truncated = Hex.Bytes(header + "80");

        // 3^65535 mod 2^255, computed by plain powering rather than ModPow.
        var expected = BigInteger.Pow(3, 65535) % BigInteger.Pow(2, 255);
        Assert.Equal(Word(expected), Hex.Of(Run(full)));
        Assert.Equal(Word(expected), Hex.Of(Run(truncated)));

        foreach (var input in new[] { full, truncated })
        {
            Assert.Equal(1024 * 15 / 20, ModExp.RequiredGas(input, SpecId.Byzantium));
            Assert.Equal(200, ModExp.RequiredGas(input, SpecId.Berlin)); // 16 · 15 / 3 = 80, raised to the minimum
            Assert.Equal(500, ModExp.RequiredGas(input, SpecId.Osaka));  // 16 · 15 = 240, raised to the minimum
        }
    }

    // EIP-198: a 100-byte exponent has adjusted length 8 · (100 - 32) + the index of the highest bit of its first 32 bytes.
    // (The EIP's own example writes 0x000001 00… with index 253; that bit pattern's index is 232, while 0x20 00… has 253.)
    [Fact]
    public void Long_exponent_adjusted_length()
    {
        var exponent = new byte[100];
        exponent[0] = 0x20; // highest bit index 253: adjusted length 8 · 68 + 253 = 797
        var input = Hex.Bytes(Lengths(1, 100, 1) + "02" + Hex.Of(exponent) + "05");
        Assert.Equal(797 / 20, ModExp.RequiredGas(input, SpecId.Byzantium));
        Assert.Equal(797 / 3, ModExp.RequiredGas(input, SpecId.Berlin));
        Assert.Equal(16 * (16 * 68 + 253), ModExp.RequiredGas(input, SpecId.Osaka)); // EIP-7883: 16 per extra byte

        // 2^(2^(8·99+5)) mod 5: 2^4 ≡ 1 mod 5 and 4 divides the exponent, so the result is 1.
        Assert.Equal("01", Hex.Of(Run(input)));
    }

    [Fact] // EIP-198: if the exponent's first 32 bytes are all zero, the adjusted length is exactly 8 · (len - 32)
    public void Long_exponent_with_zero_head()
    {
        var exponent = new byte[100];
        exponent[99] = 1;
        var input = Hex.Bytes(Lengths(1, 100, 1) + "02" + Hex.Of(exponent) + "05");
        Assert.Equal(544 / 20, ModExp.RequiredGas(input, SpecId.Byzantium));
        Assert.Equal(200, ModExp.RequiredGas(input, SpecId.Berlin)); // 544 / 3 = 181
        Assert.Equal(16 * 16 * 68, ModExp.RequiredGas(input, SpecId.Osaka));
        Assert.Equal("02", Hex.Of(Run(input))); // 2^1 mod 5
    }

    public static TheoryData<string, string, long, long, long> Nagydani => new()
    {
        // input, output, EIP-198 gas, EIP-2565 gas, EIP-7883 gas (the two latter from the EIP-7883 table)
        { ModExpVectors.Nagydani1Square, ModExpVectors.Nagydani1SquareOut, 204, 200, 500 },
        { ModExpVectors.Nagydani1Qube, ModExpVectors.Nagydani1QubeOut, 204, 200, 500 },
        { ModExpVectors.Nagydani1Pow0x10001, ModExpVectors.Nagydani1Pow0x10001Out, 3276, 341, 2048 },
        { ModExpVectors.Nagydani2Square, ModExpVectors.Nagydani2SquareOut, 665, 200, 512 },
    };

    [Theory]
    [MemberData(nameof(Nagydani))]
    public void Nagydani_vectors(string input, string output, long eip198Gas, long eip2565Gas, long eip7883Gas)
    {
        var bytes = Hex.Bytes(input);
        foreach (var spec in new[] { SpecId.Byzantium, SpecId.Berlin, SpecId.Osaka })
            Assert.Equal(output, Hex.Of(Run(bytes, spec)));

        Assert.Equal(eip198Gas, ModExp.RequiredGas(bytes, SpecId.Byzantium));
        Assert.Equal(eip198Gas, ModExp.RequiredGas(bytes, SpecId.Istanbul));
        Assert.Equal(eip2565Gas, ModExp.RequiredGas(bytes, SpecId.Berlin));
        Assert.Equal(eip2565Gas, ModExp.RequiredGas(bytes, SpecId.Prague));
        Assert.Equal(eip7883Gas, ModExp.RequiredGas(bytes, SpecId.Osaka));
    }

    [Fact] // Every length zero: empty output; the floor prices of each era
    public void Empty_input()
    {
        Assert.Empty(Run([]));
        Assert.Equal(0, ModExp.RequiredGas([], SpecId.Byzantium));
        Assert.Equal(200, ModExp.RequiredGas([], SpecId.Berlin));
        Assert.Equal(500, ModExp.RequiredGas([], SpecId.Osaka));
    }

    [Fact] // A zero-length modulus makes base and exponent irrelevant before Osaka, however long they claim to be
    public void Empty_modulus_with_astronomical_exponent_length()
    {
        var input = Hex.Bytes(Lengths(0, BigInteger.Pow(2, 255), 0));
        Assert.Equal(0, ModExp.RequiredGas(input, SpecId.Byzantium));
        Assert.Equal(200, ModExp.RequiredGas(input, SpecId.Berlin));
        Assert.Empty(Run(input, SpecId.Prague));

        // EIP-7823: over 1024 bytes fails from Osaka on.
        Assert.Equal(long.MaxValue, ModExp.RequiredGas(input, SpecId.Osaka));
        Assert.False(ModExp.TryRun(input, SpecId.Osaka, out _));
    }

    [Theory] // Huge lengths with a nonzero complexity price out of reach, without allocating
    [InlineData("18446744073709551616", "1", "1")]               // base 2^64 bytes
    [InlineData("1", "1606938044258990275541962092341162602522202993782792835301376", "1")] // exponent 2^200 bytes
    [InlineData("1", "1", "18446744073709551616")]                 // modulus 2^64 bytes
    public void Huge_lengths_cost_long_max(string b, string e, string m)
    {
        var input = Hex.Bytes(Lengths(BigInteger.Parse(b), BigInteger.Parse(e), BigInteger.Parse(m)));
        foreach (var spec in new[] { SpecId.Byzantium, SpecId.Berlin, SpecId.Osaka })
        {
            Assert.Equal(long.MaxValue, ModExp.RequiredGas(input, spec));
            // Never charged in practice; run anyway, it must neither throw nor allocate from the lengths.
            bool ok = ModExp.TryRun(input, spec, out var output);
            Assert.True(output.Length <= 1);
            if (spec >= SpecId.Osaka) Assert.False(ok);
        }
    }

    [Fact] // A modulus that starts past the end of the input is zero: the exponent is never read, whatever its length
    public void Modulus_past_the_input_is_zero()
    {
        var input = Hex.Bytes(Lengths(1, BigInteger.Pow(2, 40), 2) + "03" + "ff");
        Assert.Equal("0000", Hex.Of(Run(input, SpecId.Prague)));
    }

    [Theory] // EIP-7823: each length may be 1024 bytes, not 1025
    [InlineData(1025, 1, 1)]
    [InlineData(1, 1025, 1)]
    [InlineData(1, 1, 1025)]
    public void Eip7823_bounds_apply_from_Osaka(int b, int e, int m)
    {
        var input = Hex.Bytes(Lengths(b, e, m));
        Assert.False(ModExp.TryRun(input, SpecId.Osaka, out _));
        Assert.Equal(long.MaxValue, ModExp.RequiredGas(input, SpecId.Osaka));

        Assert.Equal(m, Run(input, SpecId.Prague).Length);
        Assert.NotEqual(long.MaxValue, ModExp.RequiredGas(input, SpecId.Prague));
    }

    [Fact]
    public void Eip7823_allows_1024_byte_fields()
    {
        var input = Hex.Bytes(Lengths(1024, 1024, 1024));
        Assert.True(ModExp.TryRun(input, SpecId.Osaka, out var output));
        Assert.Equal(new byte[1024], output); // 0^0 mod 0 → the modulus is zero → all zeros
        // 2 · ceil(1024/8)² · max(16·992 + 0, 1)
        Assert.Equal(2L * 128 * 128 * (16 * 992), ModExp.RequiredGas(input, SpecId.Osaka));
    }

    [Fact] // A zero modulus yields len(M) zero bytes; the output is always exactly len(M) bytes, left-padded
    public void Zero_modulus_and_left_padding()
    {
        Assert.Equal(new byte[4], Run(Hex.Bytes(Lengths(1, 1, 4) + "07" + "03" + "00000000")));
        Assert.Equal("0000000000000005", Hex.Of(Run(Hex.Bytes(Lengths(1, 1, 8) + "05" + "01" + "00000000000000ff"))));
        Assert.Equal("00", Hex.Of(Run(Hex.Bytes(Lengths(1, 1, 1) + "05" + "03" + "01")))); // anything mod 1 is 0
        Assert.Equal("01", Hex.Of(Run(Hex.Bytes(Lengths(0, 0, 1) + "05"))));             // 0^0 = 1 by convention
    }
}
