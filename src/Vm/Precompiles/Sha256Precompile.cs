using System.Security.Cryptography;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>0x02 SHA-256 (yellow paper appendix E): 60 gas plus 12 per 32-byte word of input.</summary>
public sealed class Sha256Precompile : Precompile
{
    public static readonly Sha256Precompile Instance = new();

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => 60 + 12 * Words(input.Length);

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = SHA256.HashData(input);
        return true;
    }
}
