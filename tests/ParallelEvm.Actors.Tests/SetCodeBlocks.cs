using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Precompiles;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace ParallelEvm.Actors.Tests;

/// <summary>
/// Hand-made Prague blocks with EIP-7702 set-code transactions: secp256k1 authorities with deterministic keys,
/// three small contracts to delegate to, and signing of authorization tuples done here (not by the engine's code).
/// </summary>
static class SetCodeBlocks
{
    public const ulong ChainId = 1;
    public const ulong WrongChainId = 5;
    public const int Authorities = 6;
    public const int Senders = 6;

    static readonly Org.BouncyCastle.Asn1.X9.X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    static readonly ECDomainParameters Domain = new(Curve.Curve, Curve.G, Curve.N, Curve.H);
    static readonly BcBigInteger HalfN = Curve.N.ShiftRight(1);

    /// <summary>Increments slot 0: PUSH1 0 SLOAD PUSH1 1 ADD PUSH1 0 SSTORE STOP.</summary>
    public static readonly byte[] CounterCode = [0x60, 0x00, 0x54, 0x60, 0x01, 0x01, 0x60, 0x00, 0x55, 0x00];

    /// <summary>Stores CALLER in slot 1, CALLVALUE in slot 2 and emits LOG0 of nothing.</summary>
    public static readonly byte[] RecorderCode =
        [0x33, 0x60, 0x01, 0x55, 0x34, 0x60, 0x02, 0x55, 0x60, 0x00, 0x60, 0x00, 0xa0, 0x00];

    /// <summary>
    /// Reads the address in calldata word 0: stores its EXTCODEHASH in slot 3 and EXTCODESIZE in slot 4, then CALLs
    /// it with no value (so a delegated EOA's code runs in a nested frame), then increments slot 0.
    /// </summary>
    public static readonly byte[] ForwarderCode =
    [
        0x60, 0x00, 0x35, 0x3f, 0x60, 0x03, 0x55,             // EXTCODEHASH(cd[0]) -> slot 3
        0x60, 0x00, 0x35, 0x3b, 0x60, 0x04, 0x55,             // EXTCODESIZE(cd[0]) -> slot 4
        0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, // retSize retOffset argsSize argsOffset value
        0x60, 0x00, 0x35, 0x5a, 0xf1, 0x50,                   // CALLDATALOAD(0) GAS CALL POP
        0x60, 0x00, 0x54, 0x60, 0x01, 0x01, 0x60, 0x00, 0x55, // slot 0 += 1
        0x00,
    ];

    public static readonly Address Counter = Address.FromNumber(0xC0_0001);
    public static readonly Address Recorder = Address.FromNumber(0xC0_0002);
    public static readonly Address Forwarder = Address.FromNumber(0xC0_0003);
    public static readonly Address[] Targets = [Counter, Recorder, Forwarder, Address.Zero];

    public static readonly BcBigInteger[] Keys =
        Enumerable.Range(0, Authorities).Select(i => new BcBigInteger(1, Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes($"prague2 authority {i}")).ToArray()).Mod(Curve.N)).ToArray();

    public static readonly Address[] AuthorityAddresses = Keys.Select(AddressOf).ToArray();

    public static Address Sender(int i) => TransferBlocks.Account(i);

    /// <summary>A Prague block environment (timestamp after mainnet's Prague activation).</summary>
    public static BlockEnv Env() => new()
    {
        Number = 22_500_000, Coinbase = TransferBlocks.Coinbase, Timestamp = ForkSchedule.PragueTime + 12_000,
        GasLimit = 1_000_000_000, BaseFee = 7, ExcessBlobGas = 0, ChainId = ChainId,
    };

    public static BlockExecutionRequest Request(IReadOnlyList<Transaction> txs, IStateReader state) =>
        new(ForkRules.For(SpecId.Prague), Env(), txs, state);

    /// <summary>Funded plain senders, funded authorities (no code), and the three contracts.</summary>
    public static InMemoryDb PreState()
    {
        var db = TransferBlocks.Funded(Senders);
        foreach (var authority in AuthorityAddresses)
            db.SetAccount(authority, new Account(0, 1_000_000_000_000_000_000, Account.EmptyCodeHash));
        AddContract(db, Counter, CounterCode);
        AddContract(db, Recorder, RecorderCode);
        AddContract(db, Forwarder, ForwarderCode);
        return db;
    }

    static void AddContract(InMemoryDb db, Address address, byte[] code) =>
        db.SetAccount(address, new Account(1, 0, db.AddCode(code, Keccak256.Hash(code))));

    /// <summary>EIP-7702's delegation designator, written out from the EIP: 0xef0100 ‖ address.</summary>
    public static byte[] DesignatorOf(Address target) => [0xef, 0x01, 0x00, .. target.ToArray()];

    /// <summary>An EIP-7702 tuple signed by authority <paramref name="key"/>; <paramref name="highS"/> makes the signature malleable (invalid).</summary>
    public static AuthorizationTuple Authorize(int key, ulong chainId, Address target, ulong nonce, bool highS = false)
    {
        var hash = SigningHash(chainId, target, nonce);
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest())); // RFC 6979: deterministic
        signer.Init(true, new ECPrivateKeyParameters(Keys[key], Domain));
        var signature = signer.GenerateSignature(hash);
        BcBigInteger r = signature[0], s = signature[1];
        if (s.CompareTo(HalfN) > 0) s = Curve.N.Subtract(s); // EIP-2 low s
        var rWord = Word(r);
        var sWord = Word(s);
        byte parity = RecoveryParity(hash, rWord, sWord, AuthorityAddresses[key]);
        if (highS) { sWord = Word(Curve.N.Subtract(s)); parity ^= 1; }
        return new AuthorizationTuple(chainId, target, nonce, parity, rWord, sWord);
    }

    /// <summary>keccak256(0x05 ‖ rlp([chain_id, address, nonce])), the RLP written by hand (payload is always &lt; 56 bytes).</summary>
    static byte[] SigningHash(ulong chainId, Address target, ulong nonce)
    {
        byte[] payload = [.. RlpUInt(chainId), 0x80 + Address.Size, .. target.ToArray(), .. RlpUInt(nonce)];
        byte[] message = [0x05, (byte)(0xc0 + payload.Length), .. payload];
        return Keccak256.Hash(message).ToArray();
    }

    static byte[] RlpUInt(ulong value)
    {
        if (value == 0) return [0x80];
        if (value < 0x80) return [(byte)value];
        var bytes = BitConverter.GetBytes(value).Reverse().SkipWhile(b => b == 0).ToArray();
        return [(byte)(0x80 + bytes.Length), .. bytes];
    }

    /// <summary>The y parity is the one whose recovered key is the signer's (computed independently from the private key).</summary>
    static byte RecoveryParity(byte[] hash, UInt256 r, UInt256 s, Address signer)
    {
        for (byte parity = 0; parity < 2; parity++)
            if (Secp256k1.RecoverAddress(hash, parity, r, s, out var recovered) && recovered == signer) return parity;
        throw new InvalidOperationException("no recovery id reproduces the signer");
    }

    static UInt256 Word(BcBigInteger value) => UInt256.FromBigEndian(value.ToByteArrayUnsigned());

    static Address AddressOf(BcBigInteger key)
    {
        var q = Curve.G.Multiply(key).Normalize();
        byte[] publicKey = [.. q.AffineXCoord.GetEncoded(), .. q.AffineYCoord.GetEncoded()];
        return new Address(Keccak256.Hash(publicKey).ToArray().AsSpan(12));
    }

    public static Transaction SetCode(Address sender, ulong nonce, Address to, AuthorizationTuple[] authorizations, byte[]? data = null) => new()
    {
        Type = TxType.SetCode, ChainId = ChainId, Nonce = nonce, MaxFeePerGas = 10, MaxPriorityFeePerGas = 2,
        GasLimit = 400_000, To = to, Data = data ?? [], AuthorizationList = authorizations, Sender = sender,
    };

    public static Transaction Call(Address sender, ulong nonce, Address to, ulong value = 0, byte[]? data = null) => new()
    {
        Type = TxType.DynamicFee, ChainId = ChainId, Nonce = nonce, MaxFeePerGas = 10, MaxPriorityFeePerGas = 2,
        GasLimit = 300_000, To = to, Value = value, Data = data ?? [], Sender = sender,
    };

    /// <summary>Calldata for the forwarder: the address as word 0.</summary>
    public static byte[] AddressWord(Address address) => [.. new byte[12], .. address.ToArray()];
}
