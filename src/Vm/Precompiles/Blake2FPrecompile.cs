using System.Buffers.Binary;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// 0x09 BLAKE2 F (EIP-152): input rounds(4, big-endian) ‖ h(64) ‖ m(128) ‖ t0(8) ‖ t1(8) ‖ f(1), words little-endian,
/// exactly 213 bytes; output the new h (64 bytes, little-endian). Gas is one per round.
/// </summary>
public sealed class Blake2FPrecompile : Precompile
{
    public static readonly Blake2FPrecompile Instance = new();

    const int InputSize = 213;

    // A malformed input fails (consuming all gas) whatever this returns, so it is priced at zero.
    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) =>
        input.Length == InputSize ? BinaryPrimitives.ReadUInt32BigEndian(input) : 0;

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        if (input.Length != InputSize) return false;
        byte f = input[212];
        if (f > 1) return false; // EIP-152: any flag other than 0 or 1 is an invalid encoding

        uint rounds = BinaryPrimitives.ReadUInt32BigEndian(input);
        Span<ulong> h = stackalloc ulong[8];
        Span<ulong> m = stackalloc ulong[16];
        for (int i = 0; i < 8; i++) h[i] = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(4 + 8 * i, 8));
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(68 + 8 * i, 8));
        ulong t0 = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(196, 8));
        ulong t1 = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(204, 8));

        Blake2FCompression.Compress(h, m, t0, t1, f == 1, rounds);

        output = new byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(8 * i), h[i]);
        return true;
    }
}
