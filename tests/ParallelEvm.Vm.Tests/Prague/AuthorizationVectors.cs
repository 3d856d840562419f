using ParallelEvm.State;

namespace ParallelEvm.Vm.Tests.Prague;

/// <summary>
/// EIP-7702 authorization tuples with their signers, as written in the ethereum/tests Prague fixtures
/// (GeneralStateTests/Prague/prague/eip7702_set_code_tx, field "signer"): known answers not produced by this code.
/// </summary>
static class AuthorizationVectors
{
    public static readonly Address TestAccount = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");

    static AuthorizationTuple Tuple(string chainId, string address, ulong nonce, byte yParity, string r, string s) =>
        new(UInt256.Parse(chainId), Address.Parse(address), nonce, yParity, UInt256.Parse(r), UInt256.Parse(s));

    /// <summary>delegation_clearing_and_set.json: chain 0, nonce 2, signed by the test account.</summary>
    public static readonly AuthorizationTuple AnyChainNonce2 = Tuple("0x00", "0x0000000000000000000000000000000000001100", 2, 0,
        "0x317c2d7c7de9bd2fad59b5f68ef980034758506e4c8ae47e3793055681993ca7",
        "0x44a65beec70ca50a7b73eed445e118a6d79ddcad0fc1fb7aca5928241b9b1e5b");

    /// <summary>delegation_clearing.json: chain 0, nonce 1, address zero (clears a delegation), signed by the test account.</summary>
    public static readonly AuthorizationTuple ClearNonce1 = Tuple("0x00", "0x0000000000000000000000000000000000000000", 1, 1,
        "0x4da7d232a1bb13981b069aa957f942db7f1304e0949cf9336a0943bb91e9fda3",
        "0x49d38da4d2bf09638b1b30d598760d075f10081eb265c0538eb215d907f20652");

    /// <summary>account_warming.json: chain 1, nonce 0.</summary>
    public static readonly AuthorizationTuple Chain1 = Tuple("0x01", "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b", 0, 0,
        "0xc36ce51d55ca9c3cffd29468f696f577fcbedaf4c26ac1624b97ddb9aee0e32a",
        "0x6a9b09f69f8367aa9a4294139163f4ca3ad8e3dc816ce728c0485c31ebc4735f");
    public static readonly Address Chain1Signer = Address.Parse("0x6389e7f33ce3b1e94e4325ef02829cd12297ef71");

    /// <summary>account_warming.json: chain 2 (another chain), nonce 0, same signer as <see cref="Chain1"/>.</summary>
    public static readonly AuthorizationTuple Chain2 = Tuple("0x02", "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b", 0, 1,
        "0x0b7073136c77ec06ffc3909f56bb58442aab2233b4b1f92b3f1a70869dc6cd86",
        "0x5b5bd1067485b74d5ed6667f57608adaf51bd9669a50e4283b063ddf0fe9b0bc");

    /// <summary>nonce_validity.json: nonce 2^64 − 1, signed by the test account.</summary>
    public static readonly AuthorizationTuple MaxNonce = Tuple("0x00", "0x0000000000000000000000000000000000001000", ulong.MaxValue, 0,
        "0xb783921fbc1861d2477f74b42a061acf02279743f75f03d382562eff4806bcf8",
        "0x40b3271ff128f6ea5abbbd4906534c5088321817309b04dcbb1c339dcb777636");

    /// <summary>nonce_overflow_after_first_authorization.json: nonce 2^64 − 2 (the largest usable), signed by the test account.</summary>
    public static readonly AuthorizationTuple MaxUsableNonce = Tuple("0x00", "0x0000000000000000000000000000000000001000", ulong.MaxValue - 1, 1,
        "0xf356020afd2bfe839a758bdd67454dd9cf763ab2a44714beb99ab0d918d409cf",
        "0x0cb65b317b26e7adc61b60709fd61163ac53602a22ba672dbc4359011eb68b0f");

    /// <summary>valid_tx_invalid_chain_id.json: chain id 2^256 − 1, signed by the test account.</summary>
    public static readonly AuthorizationTuple HugeChainId = Tuple("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "0x0000000000000000000000000000000000001000", 0, 0,
        "0x2dab7eba55e05a2745e045d36b98b348017e29bd57156b77eb58bf34b17e65ac",
        "0x71b0e31fa32adbfa97938013437b51b6bb923806d79bde7ef2b4fe418cb0b346");

    /// <summary>set_code_using_valid_synthetic_signatures.json: r = s = 1 still recovers some key.</summary>
    public static readonly AuthorizationTuple Synthetic = Tuple("0x01", "0x0000000000000000000000000000000000001000", 0, 1, "0x01", "0x01");
    public static readonly Address SyntheticSigner = Address.Parse("0x98819367593544e6471a3f1b3a35c37232acf875");
}
