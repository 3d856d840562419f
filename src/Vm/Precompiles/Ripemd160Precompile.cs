using Org.BouncyCastle.Crypto.Digests;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>0x03 RIPEMD-160 (yellow paper appendix E): 600 gas plus 120 per word; the 20-byte digest is left-padded to 32 bytes.</summary>
public sealed class Ripemd160Precompile : Precompile
{
    public static readonly Ripemd160Precompile Instance = new();

    const int DigestSize = 20;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => 600 + 120 * Words(input.Length);

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        var digest = new RipeMD160Digest();
        digest.BlockUpdate(input);
        output = new byte[32];
        digest.DoFinal(output.AsSpan(32 - DigestSize));
        return true;
    }
}
