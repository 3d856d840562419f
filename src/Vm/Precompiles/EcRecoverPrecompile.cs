using ParallelEvm.State;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// 0x01 ecrecover (yellow paper appendix E): input hash ‖ v ‖ r ‖ s, right-padded to 128 bytes; output the signer's address
/// left-padded to 32 bytes. An invalid signature is not a failure: the call succeeds with empty output.
/// </summary>
public sealed class EcRecoverPrecompile : Precompile
{
    public static readonly EcRecoverPrecompile Instance = new();

    const long Gas = 3000;
    const int InputSize = 128;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => Gas;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        Span<byte> padded = stackalloc byte[InputSize];
        padded.Clear();
        input[..Math.Min(input.Length, InputSize)].CopyTo(padded);

        output = [];
        // v is a whole 32-byte word that must be exactly 27 or 28 (no EIP-155 chain id here).
        if (padded[32..63].ContainsAnyExcept((byte)0)) return true;
        byte v = padded[63];
        if (v != 27 && v != 28) return true;

        var r = UInt256.FromBigEndian(padded[64..96]);
        var s = UInt256.FromBigEndian(padded[96..128]);
        if (!Secp256k1.RecoverAddress(padded[..32], (byte)(v - 27), r, s, out var address)) return true;

        output = new byte[32];
        address.WriteTo(output.AsSpan(12));
        return true;
    }
}
