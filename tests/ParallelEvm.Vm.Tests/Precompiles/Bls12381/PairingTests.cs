using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bls12381;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

public class PairingTests
{
    private static AffinePoint<Fp> G1Times(BigInteger k) => G1.Generator.ToJacobian().Multiply(TestValues.ToBytes32(k)).ToAffine();

    private static AffinePoint<Fp2> G2Times(BigInteger k) => G2.Generator.ToJacobian().Multiply(TestValues.ToBytes32(k)).ToAffine();

    [Fact]
    public void Pairing_of_generators_is_non_degenerate_and_has_order_r()
    {
        Fp12 e = Pairing.Compute(G1.Generator, G2.Generator);
        Assert.False(e.IsOne);
        Assert.True(Fp12.Pow(e, TestValues.R).IsOne);
    }

    [Fact]
    public void Pairing_is_bilinear()
    {
        var values = new TestValues(20);
        Fp12 e = Pairing.Compute(G1.Generator, G2.Generator);
        foreach (var (a, b) in new (BigInteger, BigInteger)[] { (2, 3), (values.Integer(TestValues.R), values.Integer(TestValues.R)) })
        {
            Fp12 eab = Pairing.Compute(G1Times(a), G2Times(b));
            Assert.Equal(Fp12.Pow(e, a * b % TestValues.R), eab);
            Assert.Equal(eab, Pairing.Compute(G1Times(a * b % TestValues.R), G2.Generator));
        }
    }

    [Fact]
    public void Final_exponentiation_raises_to_three_times_the_reduced_pairing_exponent()
    {
        Fp12 f = Pairing.MillerLoop([(G1Times(5), G2Times(7))]);
        BigInteger exponent = 3 * (BigInteger.Pow(TestValues.P, 12) - 1) / TestValues.R;
        Assert.Equal(Fp12.Pow(f, exponent), Pairing.FinalExponentiation(f));
    }

    [Fact]
    public void Check_accepts_products_equal_to_one_and_rejects_others()
    {
        var values = new TestValues(21);
        BigInteger a = values.Integer(TestValues.R);
        AffinePoint<Fp> p = G1.Generator;
        AffinePoint<Fp2> q = G2.Generator;
        Assert.True(Pairing.Check([(p, q), (p.Negate(), q)]));
        Assert.True(Pairing.Check([(G1Times(a), q), (p, G2Times(a).Negate())]));
        Assert.False(Pairing.Check([(G1Times(a), q), (p, G2Times(a + 1).Negate())]));
        Assert.False(Pairing.Check([(p, q)]));
        Assert.True(Pairing.Check(ReadOnlySpan<(AffinePoint<Fp>, AffinePoint<Fp2>)>.Empty));
        Assert.True(Pairing.Check([(AffinePoint<Fp>.Infinity, q), (p, AffinePoint<Fp2>.Infinity)]));
    }

    // EIP-2537 assets/eip-2537/pairing_check_bls.json: concatenated (G1 128 bytes ‖ G2 256 bytes) pairs.
    [Theory]
    [InlineData("bls_pairing_non-degeneracy", false,
        "0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e100000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801000000000000000000000000000000000606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")]
    [InlineData("bls_pairing_bilinearity", true,
        "0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e100000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801000000000000000000000000000000000606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be00000000000000000000000000000000112b98340eee2777cc3c14163dea3ec97977ac3dc5c70da32e6e87578f44912e902ccef9efe28d4a78b8999dfbca942600000000000000000000000000000000186b28d92356c4dfec4b5201ad099dbdede3781f8998ddf929b4cd7756192185ca7b8f4ef7088f813270ac3d48868a2100000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801000000000000000000000000000000000606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be000000000000000000000000000000000a40300ce2dec9888b60690e9a41d3004fda4886854573974fab73b046d3147ba5b7a5bde85279ffede1b45b3918d82d0000000000000000000000000000000006d3d887e9f53b9ec4eb6cedf5607226754b07c01ace7834f57f3e7315faefb739e59018e22c492006190fba4a87002500000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000d1b3cc2c7027888be51d9ef691d77bcb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa0000000000000000000000000000000013fa4d4a0ad8b1ce186ed5061789213d993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed")]
    [InlineData("bls_pairing_e(G1,-G2)=e(-G1,G2)", true,
        "0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e100000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801000000000000000000000000000000000606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e100000000000000000000000000000000024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb80000000000000000000000000000000013e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e000000000000000000000000000000000d1b3cc2c7027888be51d9ef691d77bcb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa0000000000000000000000000000000013fa4d4a0ad8b1ce186ed5061789213d993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed")]
    public void Check_matches_eip2537_pairing_vectors(string name, bool expected, string input)
    {
        byte[] bytes = Convert.FromHexString(input);
        var pairs = new List<(AffinePoint<Fp>, AffinePoint<Fp2>)>();
        for (int offset = 0; offset < bytes.Length; offset += 384)
        {
            Assert.True(G1.TryDecodeUncompressed(bytes.AsSpan(offset, 128), out AffinePoint<Fp> p), name);
            Assert.True(G2.TryDecodeUncompressed(bytes.AsSpan(offset + 128, 256), out AffinePoint<Fp2> q), name);
            Assert.True(G1.IsInSubgroup(p) && G2.IsInSubgroup(q), name);
            pairs.Add((p, q));
        }
        Assert.Equal(expected, Pairing.Check(pairs.ToArray()));
    }
}
