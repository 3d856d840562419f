using ParallelEvm.State;
using ParallelEvm.Vm.Signing;
using ParallelEvm.Vm.Tests.Precompiles;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>Signing payloads, hashes and sender recovery against the EIP-155 worked example.</summary>
public sealed class TransactionSigningTests
{
    // EIP-155 "Example": nonce 9, gas price 20 gwei, gas 21000, to 0x3535…35, value 1 ether, no data, chain id 1,
    // signed with private key 0x4646…46 (address 0x9d8a62f6…55a4f).
    const string SignedTx = "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";
    const string SigningData = "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";
    static readonly Hash256 SigningHash = Hash256.Parse("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
    static readonly Address Signer = Address.Parse("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");
    static readonly Hash256 TxHash = Hash256.Parse("0x33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788");

    [Fact]
    public void Eip155_example_decodes_to_its_fields()
    {
        var tx = TransactionRlp.Decode(Hex.Bytes(SignedTx));
        Assert.Equal(TxType.Legacy, tx.Type);
        Assert.Equal(9UL, tx.Nonce);
        Assert.Equal(new UInt256(20_000_000_000), tx.GasPrice);
        Assert.Equal(21000, tx.GasLimit);
        Assert.Equal(Address.Parse("0x3535353535353535353535353535353535353535"), tx.To);
        Assert.Equal(new UInt256(1_000_000_000_000_000_000), tx.Value);
        Assert.Empty(tx.Data);
        Assert.Equal(new UInt256(37), tx.V);
        Assert.Equal(1UL, tx.ChainId);
    }

    [Fact]
    public void Eip155_example_signing_data_hash_and_sender()
    {
        var tx = TransactionRlp.Decode(Hex.Bytes(SignedTx));
        Assert.Equal(Hex.Bytes(SigningData), TransactionRlp.EncodeForSigning(tx, 1));
        Assert.Equal(SigningHash, TransactionSigning.SigningHash(tx));
        Assert.Equal(Signer, SenderRecovery.Recover(tx, ForkRules.For(SpecId.SpuriousDragon), 1, out var error));
        Assert.Null(error);
        Assert.Equal(TxHash, TransactionRlp.ComputeHash(tx));
        Assert.Equal(Hex.Bytes(SignedTx), TransactionRlp.Encode(tx));
    }

    [Fact]
    public void Eip155_signature_is_refused_before_Spurious_Dragon_and_on_another_chain()
    {
        var tx = TransactionRlp.Decode(Hex.Bytes(SignedTx));
        Assert.Null(SenderRecovery.Recover(tx, ForkRules.For(SpecId.Homestead), 1, out var before));
        Assert.Contains("EIP-155", before);
        Assert.Null(SenderRecovery.Recover(tx, ForkRules.For(SpecId.Cancun), 5, out var otherChain));
        Assert.Contains("chain 1", otherChain);
    }

    [Fact]
    public void High_s_is_refused_from_Homestead_only()
    {
        // s' = n − s with the other recovery id is the same signature (EIP-2 forbids it from Homestead on).
        var tx = TransactionRlp.Decode(Hex.Bytes(SignedTx));
        var unprotected = new Transaction
        {
            Nonce = tx.Nonce, GasPrice = tx.GasPrice, GasLimit = tx.GasLimit, To = tx.To, Value = tx.Value,
            V = 27, R = tx.R, S = Precompiles_N - tx.S,
        };
        Assert.Null(SenderRecovery.Recover(unprotected, ForkRules.For(SpecId.Homestead), 1, out var error));
        Assert.Contains("EIP-2", error);
        Assert.NotNull(SenderRecovery.Recover(unprotected, ForkRules.For(SpecId.Frontier), 1, out _));
    }

    static UInt256 Precompiles_N => ParallelEvm.Vm.Precompiles.Secp256k1.N;

    [Fact]
    public void Bad_v_values_are_named()
    {
        var tx = TransactionRlp.Decode(Hex.Bytes(SignedTx));
        var bad = tx.WithSender(default);
        var withV = new Transaction { Nonce = bad.Nonce, GasPrice = bad.GasPrice, GasLimit = bad.GasLimit, To = bad.To, V = 29, R = bad.R, S = bad.S };
        Assert.Null(SenderRecovery.Recover(withV, ForkRules.For(SpecId.Cancun), 1, out var error));
        Assert.Contains("neither 27/28 nor an EIP-155 value", error);
        var typed = new Transaction { Type = TxType.DynamicFee, ChainId = 1, V = 2, R = bad.R, S = bad.S };
        Assert.Null(SenderRecovery.Recover(typed, ForkRules.For(SpecId.Cancun), 1, out var typedError));
        Assert.Contains("y-parity", typedError);
    }

    [Fact]
    public void Malformed_encodings_throw_with_an_offset()
    {
        Assert.Throws<RlpException>(() => TransactionRlp.Decode([]));
        Assert.Contains("unknown transaction type", Assert.Throws<RlpException>(() => TransactionRlp.Decode([0x05, 0xc0])).Message);
        var trailing = Hex.Bytes(SignedTx).Concat(new byte[] { 0x00 }).ToArray();
        Assert.Contains("trailing", Assert.Throws<RlpException>(() => TransactionRlp.Decode(trailing)).Message);
    }
}
