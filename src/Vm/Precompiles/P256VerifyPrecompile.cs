using ParallelEvm.State;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// 0x100 P256VERIFY (EIP-7951, Osaka): input hash ‖ r ‖ s ‖ qx ‖ qy (exactly 160 bytes); output 32 bytes holding 1 when
/// the signature verifies. Any invalid input is not a failure: the call succeeds with empty output and costs the
/// same fixed gas.
/// </summary>
public sealed class P256VerifyPrecompile : Precompile
{
    public static readonly P256VerifyPrecompile Instance = new();

    const long Gas = 6900;
    const int InputSize = 160;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Gas;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length != InputSize) return true;
        var r = UInt256.FromBigEndian(input[32..64]);
        var s = UInt256.FromBigEndian(input[64..96]);
        var qx = UInt256.FromBigEndian(input[96..128]);
        var qy = UInt256.FromBigEndian(input[128..160]);
        if (!Secp256r1.Verify(input[..32], r, s, qx, qy)) return true;

        output = new byte[32];
        output[31] = 1;
        return true;
    }
}
