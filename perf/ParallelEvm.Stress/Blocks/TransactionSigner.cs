using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles;
using ParallelEvm.Vm.Signing;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace ParallelEvm.Stress.Blocks;

/// <summary>
/// Signs typed transactions with a secp256k1 key (yellow paper appendix F): deterministic ECDSA nonces (RFC 6979),
/// s normalised to the lower half (EIP-2), and the y-parity found by recovering the address with each candidate.
/// Only for building test inputs: the harness needs real signatures to corrupt.
/// </summary>
public sealed class TransactionSigner
{
    static readonly ECDomainParameters Domain = FromCurve();
    static readonly BigInteger HalfN = Domain.N.ShiftRight(1);

    readonly ECPrivateKeyParameters _key;

    /// <summary>A key derived from <paramref name="seed"/> (keccak256 of it, reduced into [1, n-1]).</summary>
    public TransactionSigner(string seed)
        : this(new BigInteger(1, Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(seed)).ToArray()).Mod(Domain.N.Subtract(BigInteger.One)).Add(BigInteger.One)) { }

    TransactionSigner(BigInteger d)
    {
        if (d.SignValue <= 0 || d.CompareTo(Domain.N) >= 0) throw new ArgumentOutOfRangeException(nameof(d), "a private key is within [1, n-1]");
        _key = new ECPrivateKeyParameters(d, Domain);
        var publicKey = Domain.G.Multiply(d).Normalize().GetEncoded(false);
        Address = Address.FromWord(Keccak256.Hash(publicKey.AsSpan(1)).ToWord());
    }

    /// <summary>A signer for a 32-byte big-endian private key.</summary>
    public static TransactionSigner FromPrivateKey(ReadOnlySpan<byte> key32) => new(new BigInteger(1, key32.ToArray()));

    public Address Address { get; }

    /// <summary>The transaction with its signature and sender set; <paramref name="unsigned"/> must be a typed transaction.</summary>
    public Transaction Sign(Transaction unsigned)
    {
        if (unsigned.Type == TxType.Legacy) throw new ArgumentException("only typed transactions are signed here", nameof(unsigned));
        var hash = TransactionSigning.SigningHash(unsigned).ToArray();
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        signer.Init(true, _key);
        var rs = signer.GenerateSignature(hash);
        var s = rs[1].CompareTo(HalfN) > 0 ? Domain.N.Subtract(rs[1]) : rs[1];
        var r = UInt256.FromBigEndian(rs[0].ToByteArrayUnsigned());
        var sWord = UInt256.FromBigEndian(s.ToByteArrayUnsigned());
        for (byte parity = 0; parity <= 1; parity++)
            if (Secp256k1.RecoverAddress(hash, parity, r, sWord, out var recovered) && recovered == Address)
                return unsigned.WithSignature((ulong)parity, r, sWord);
        throw new InvalidOperationException("no y-parity recovers the signer's address");
    }

    static ECDomainParameters FromCurve()
    {
        var curve = SecNamedCurves.GetByName("secp256k1");
        return new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
    }
}
