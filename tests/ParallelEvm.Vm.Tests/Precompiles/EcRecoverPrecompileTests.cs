using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace ParallelEvm.Vm.Tests.Precompiles;

public class EcRecoverPrecompileTests
{
    static readonly EcRecoverPrecompile EcRecover = EcRecoverPrecompile.Instance;
    static readonly Org.BouncyCastle.Asn1.X9.X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    const string N = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    // A valid signature by the well-known test account 0xa94f…bf0b (the ethereum tests' sender).
    const string ValidInput =
        "18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c" +
        "000000000000000000000000000000000000000000000000000000000000001c" +
        "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f" +
        "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549";

    static byte[] Run(byte[] input)
    {
        Assert.True(EcRecover.TryRun(input, SpecId.Cancun, out var output)); // ecrecover never fails the call
        return output;
    }

    static string Input(string hash, string v, string r, string s) => hash + v.PadLeft(64, '0') + r.PadLeft(64, '0') + s.PadLeft(64, '0');

    [Fact]
    public void Recovers_a_known_signer()
    {
        Assert.Equal("000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b", Hex.Of(Run(Hex.Bytes(ValidInput))));
    }

    [Fact]
    public void Costs_3000_in_every_fork()
    {
        foreach (var spec in Enum.GetValues<SpecId>())
        {
            Assert.Equal(3000, EcRecover.RequiredGas(Hex.Bytes(ValidInput), spec));
            Assert.Equal(3000, EcRecover.RequiredGas([], spec));
        }
    }

    [Theory]
    // A signature whose r is not the x of any curve point with this hash: no key recovers.
    [InlineData("a8b53bdf3306a35a7103ab5504a0c9b492295564b6202b1942a84ef300107281000000000000000000000000000000000000000000000000000000000000001b307835653165303366353363653138623737326363623030393366663731663366353366356337356237346463623331613835616138623838393262346538621122334455667788991011121314151617181920212223242526272829303132")]
    // v with stray high bits: the whole 32-byte word must be 27 or 28.
    [InlineData("18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c100000000000000000000000000000000000000000000000000000000000001c73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75feeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549")]
    [InlineData("18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c000000000000000000000000000000000000001000000000000000000000001c73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75feeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549")]
    [InlineData("")] // all zeros: v = 0
    public void Invalid_inputs_give_empty_output(string hex)
    {
        Assert.Empty(Run(Hex.Bytes(hex)));
    }

    [Theory]
    [InlineData("00")]
    [InlineData("01")]
    [InlineData("1a")]
    [InlineData("1d")]
    [InlineData("25")] // an EIP-155 style v is not accepted either
    public void Only_v_27_or_28_is_accepted(string v)
    {
        var input = Hex.Bytes(ValidInput);
        input[63] = Convert.FromHexString(v)[0];
        Assert.Empty(Run(input));
    }

    [Theory]
    [InlineData("0", "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549")]
    [InlineData("73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f", "0")]
    [InlineData(N, "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549")]
    [InlineData("73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f", N)]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "1")]
    public void R_and_s_must_be_in_1_to_n_minus_1(string r, string s)
    {
        var input = Input(ValidInput[..64], "1c", r, s);
        Assert.Empty(Run(Hex.Bytes(input)));
    }

    [Fact]
    public void Signature_made_with_BouncyCastle_recovers_the_keys_address()
    {
        var key = new BcBigInteger("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", 16);
        var hash = Keccak(Encoding.ASCII.GetBytes("parallel evm precompile test"));
        var (r, s) = Sign(key, hash);
        var expected = AddressOf(key);

        var outputs = new[] { "1b", "1c" }.Select(v => Run(Hex.Bytes(Input(Hex.Of(hash), v, r.ToString(16), s.ToString(16))))).ToArray();
        // Exactly one recovery id yields the signer; the other is a different key (or none).
        Assert.Single(outputs, o => o.Length == 32 && Hex.Of(o) == new string('0', 24) + expected);
    }

    [Fact] // No low-s rule in the precompile: (r, n - s) with the other parity is the same signer
    public void High_s_is_accepted()
    {
        var valid = Hex.Bytes(ValidInput);
        var n = new BcBigInteger(N, 16);
        var s = new BcBigInteger(1, valid[96..128]);
        var flipped = Input(ValidInput[..64], "1b", ValidInput[128..192], n.Subtract(s).ToString(16));
        Assert.Equal(Hex.Of(Run(valid)), Hex.Of(Run(Hex.Bytes(flipped))));
    }

    [Fact] // The input is right-padded to 128 bytes: a trailing-zero s may be cut off, extra bytes are ignored
    public void Input_is_right_padded_and_truncated_to_128_bytes()
    {
        var valid = Hex.Bytes(ValidInput);
        Assert.Equal(Hex.Of(Run(valid)), Hex.Of(Run([.. valid, 1, 2, 3])));
        // With the last byte of s removed, s' = s with its last byte zeroed: a different (but well-formed) signature.
        var shortInput = valid[..127];
        var padded = (byte[])valid.Clone();
        padded[127] = 0;
        Assert.Equal(Hex.Of(Run(padded)), Hex.Of(Run(shortInput)));
    }

    [Fact]
    public void Private_key_one_has_the_well_known_address()
    {
        // Checks this test's own address derivation against the widely published address of private key 1.
        Assert.Equal("7e5f4552091a69125d5dfcb7b8c2659029395bdf", AddressOf(BcBigInteger.One));
    }

    [Fact]
    public void RecoverAddress_rejects_bad_arguments()
    {
        var hash = new byte[32];
        var one = new UInt256(1);
        Assert.False(Secp256k1.RecoverAddress(hash, 4, one, one, out _));
        Assert.Throws<ArgumentException>(() => Secp256k1.RecoverAddress(new byte[31], 0, one, one, out _));
    }

    [Fact]
    public void RecoverAddress_matches_the_precompile()
    {
        var input = Hex.Bytes(ValidInput);
        var r = UInt256.FromBigEndian(input.AsSpan(64, 32));
        var s = UInt256.FromBigEndian(input.AsSpan(96, 32));
        Assert.True(Secp256k1.RecoverAddress(input.AsSpan(0, 32), 1, r, s, out var address));
        Assert.Equal(Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b"), address);
    }

    [Fact] // The executor recovers senders on many threads: the shared curve state must stay consistent
    public void Concurrent_recoveries_agree()
    {
        var input = Hex.Bytes(ValidInput);
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Hex.Of(Run(input)));
        Assert.All(results, r => Assert.Equal("000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b", r));
    }

    static (BcBigInteger R, BcBigInteger S) Sign(BcBigInteger key, byte[] hash)
    {
        var domain = new ECDomainParameters(Curve.Curve, Curve.G, Curve.N, Curve.H);
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest())); // RFC 6979 deterministic k
        signer.Init(true, new ECPrivateKeyParameters(key, domain));
        var sig = signer.GenerateSignature(hash);
        return (sig[0], sig[1]);
    }

    static string AddressOf(BcBigInteger key)
    {
        var q = Curve.G.Multiply(key).Normalize();
        byte[] pub = [.. q.AffineXCoord.GetEncoded(), .. q.AffineYCoord.GetEncoded()];
        return Hex.Of(Keccak(pub)[12..]);
    }

    static byte[] Keccak(byte[] data)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data, 0, data.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        return output;
    }
}
