using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;
using static ParallelEvm.Vm.Tests.Prague.AuthorizationVectors;

namespace ParallelEvm.Vm.Tests.Prague;

public class AuthorizationSignatureTests
{
    public static TheoryData<string, string> Signed => new()
    {
        { nameof(AnyChainNonce2), TestAccount.ToString() },
        { nameof(ClearNonce1), TestAccount.ToString() },
        { nameof(Chain1), Chain1Signer.ToString() },
        { nameof(Chain2), Chain1Signer.ToString() },
        { nameof(MaxNonce), TestAccount.ToString() },
        { nameof(MaxUsableNonce), TestAccount.ToString() },
        { nameof(HugeChainId), TestAccount.ToString() },
        { nameof(Synthetic), SyntheticSigner.ToString() },
    };

    static AuthorizationTuple ByName(string name) =>
        (AuthorizationTuple)typeof(AuthorizationVectors).GetField(name)!.GetValue(null)!;

    [Theory, MemberData(nameof(Signed))]
    public void Recovers_the_signer_the_fixtures_name(string vector, string signer)
    {
        Assert.True(AuthorizationSignature.TryRecoverAuthority(ByName(vector), out var authority));
        Assert.Equal(Address.Parse(signer), authority);
    }

    [Fact]
    public void Signing_hash_covers_every_field()
    {
        var baseline = AuthorizationSignature.SigningHash(Chain1);
        Assert.NotEqual(baseline, AuthorizationSignature.SigningHash(Chain1 with { ChainId = 2 }));
        Assert.NotEqual(baseline, AuthorizationSignature.SigningHash(Chain1 with { Nonce = 1 }));
        Assert.NotEqual(baseline, AuthorizationSignature.SigningHash(Chain1 with { Address = Address.FromNumber(1) }));
        // The signature is not part of the signed message.
        Assert.Equal(baseline, AuthorizationSignature.SigningHash(Chain1 with { S = 1 }));
    }

    [Fact]
    public void Signing_hash_is_keccak_of_magic_and_rlp_list()
    {
        // rlp([1, 0xa94f…bf0b, 0]) = 0xd7 01 94 <20 bytes> 80, written out by hand from the RLP rules.
        var message = Convert.FromHexString("05" + "d7" + "01" + "94" + "a94f5374fce5edbc8e2a8697c15331677e6ebf0b" + "80");
        Assert.Equal(Keccak256.Hash(message), AuthorizationSignature.SigningHash(Chain1));
    }

    [Fact]
    public void High_s_twin_of_a_valid_signature_is_rejected()
    {
        // (r, n − s) with the other parity is the same signature made malleable: plain ECDSA recovery accepts it,
        // EIP-7702 (like EIP-2) requires s ≤ n/2.
        var high = Chain1 with { S = Secp256k1.N - Chain1.S, YParity = (byte)(1 - Chain1.YParity) };
        Span<byte> hash = stackalloc byte[32];
        AuthorizationSignature.SigningHash(high).WriteTo(hash);
        Assert.True(Secp256k1.RecoverAddress(hash, high.YParity, high.R, high.S, out var plain));
        Assert.Equal(Chain1Signer, plain);

        Assert.False(AuthorizationSignature.TryRecoverAuthority(high, out _));
    }

    [Fact]
    public void S_equal_to_half_n_is_still_accepted_by_the_range_check()
    {
        // s = n/2 is the largest allowed; whether a key recovers depends on r, but the tuple must not be rejected
        // by the s rule itself: s = n/2 + 1 must be rejected even where s = n/2 recovers.
        var halfN = Secp256k1.N >> 1;
        var atLimit = Synthetic with { S = halfN };
        var overLimit = Synthetic with { S = halfN + 1 };
        Assert.True(AuthorizationSignature.TryRecoverAuthority(atLimit, out _));
        Assert.False(AuthorizationSignature.TryRecoverAuthority(overLimit, out _));
    }

    public static TheoryData<byte, string, string> Malformed => new()
    {
        { 2, "0x01", "0x01" },     // y_parity must be 0 or 1
        { 27, "0x01", "0x01" },    // legacy v values are not parities
        { 255, "0x01", "0x01" },
        { 0, "0x00", "0x01" },     // r = 0
        { 0, "0x01", "0x00" },     // s = 0
        { 0, "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", "0x01" }, // r = n
        { 0, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" },
    };

    [Theory, MemberData(nameof(Malformed))]
    public void Malformed_signatures_recover_nothing(byte yParity, string r, string s)
    {
        var tuple = Synthetic with { YParity = yParity, R = UInt256.Parse(r), S = UInt256.Parse(s) };
        Assert.False(AuthorizationSignature.TryRecoverAuthority(tuple, out _));
    }
}
