using System.Numerics;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// 0x05 modexp (EIP-198): returns B^E mod M as exactly len(M) bytes, left-padded; M = 0 yields len(M) zero bytes.
/// Pricing and the Osaka input bounds are in <see cref="ModExpGas"/>.
/// </summary>
public sealed class ModExpPrecompile : Precompile
{
    public static readonly ModExpPrecompile Instance = new();

    // Guards against allocating from len(M) when TryRun is called without charging gas first: no fork lets anyone
    // pay for a 16 MiB modulus (10^11 gas or more).
    const int MaxAffordableModulusLength = 1 << 24;

    public override long RequiredGas(ReadOnlySpan<byte> input, SpecId spec) => ModExpGas.RequiredGas(input, spec);

    public override bool TryRun(ReadOnlySpan<byte> input, SpecId spec, out byte[] output)
    {
        output = [];
        ModExpInput.ReadHeader(input, out var baseLength, out var exponentLength, out var modulusLength);
        if (ModExpGas.ExceedsInputBounds(spec, baseLength, exponentLength, modulusLength)) return false;
        // With an empty modulus, base and exponent are never read (before Osaka their lengths may be anything).
        if (modulusLength.IsZero) return true;
        if (modulusLength > MaxAffordableModulusLength) return false;

        int modLength = (int)modulusLength.U0;
        var modulus = ModExpInput.ReadInteger(input, ModExpInput.ModulusOffset(baseLength, exponentLength), modLength);
        output = new byte[modLength];
        if (modulus.IsZero) return true;

        // A nonzero modulus starts inside the input, so base and exponent lie wholly inside it: their lengths are small.
        var b = ModExpInput.ReadInteger(input, ModExpInput.HeaderSize, (int)baseLength.U0);
        var e = ModExpInput.ReadInteger(input, ModExpInput.ExponentOffset(baseLength), (int)exponentLength.U0);
        var result = BigInteger.ModPow(b, e, modulus);

        int size = result.GetByteCount(isUnsigned: true);
        result.TryWriteBytes(output.AsSpan(modLength - size), out _, isUnsigned: true, isBigEndian: true);
        return true;
    }
}
