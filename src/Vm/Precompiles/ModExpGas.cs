using System.Numerics;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// Fork rules of the modexp precompile: pricing by EIP-198 (Byzantium), EIP-2565 (Berlin) and EIP-7883 (Osaka),
/// and the input bounds of EIP-7823 (Osaka). Gas is computed exactly with big integers and saturates at long.MaxValue.
/// </summary>
static class ModExpGas
{
    /// <summary>EIP-7823: each of len(B), len(E), len(M) may be at most 1024 bytes.</summary>
    public const int MaxInputFieldLength = 1024;

    const int Eip198QuadDivisor = 20;

    /// <summary>True when the fork bounds the input lengths (EIP-7823) and one of them is over the bound.</summary>
    public static bool ExceedsInputBounds(SpecId spec, in UInt256 baseLength, in UInt256 exponentLength, in UInt256 modulusLength) =>
        spec >= SpecId.Osaka &&
        (baseLength > MaxInputFieldLength || exponentLength > MaxInputFieldLength || modulusLength > MaxInputFieldLength);

    public static long RequiredGas(ReadOnlySpan<byte> input, SpecId spec)
    {
        ModExpInput.ReadHeader(input, out var baseLength, out var exponentLength, out var modulusLength);
        // Over the EIP-7823 bound the call fails anyway; pricing it out of reach keeps huge lengths out of the arithmetic.
        if (ExceedsInputBounds(spec, baseLength, exponentLength, modulusLength)) return long.MaxValue;

        var maxLength = (baseLength > modulusLength ? baseLength : modulusLength).ToBigInteger();

        if (spec < SpecId.Berlin)
        {
            // EIP-198: floor(mult_complexity(x) · max(adjusted exponent length, 1) / GQUADDIVISOR).
            var complexity = Eip198MultComplexity(maxLength);
            if (complexity.IsZero) return 0;
            var iterations = IterationCount(input, baseLength, exponentLength, bitsPerExtraByte: 8);
            return Saturate(complexity * iterations / Eip198QuadDivisor);
        }

        var words = (maxLength + 7) / 8;
        if (spec < SpecId.Osaka)
        {
            // EIP-2565: max(200, floor(ceil(x/8)² · iterations / 3)).
            var complexity = words * words;
            if (complexity.IsZero) return 200;
            var iterations = IterationCount(input, baseLength, exponentLength, bitsPerExtraByte: 8);
            return Math.Max(200, Saturate(complexity * iterations / 3));
        }

        // EIP-7883: complexity 16 up to 32 bytes, else 2·ceil(x/8)²; 16 iterations per exponent byte past 32; no divisor.
        var osakaComplexity = maxLength > 32 ? 2 * words * words : new BigInteger(16);
        var osakaIterations = IterationCount(input, baseLength, exponentLength, bitsPerExtraByte: 16);
        return Math.Max(500, Saturate(osakaComplexity * osakaIterations));
    }

    /// <summary>EIP-198's approximation of Karatsuba multiplication cost.</summary>
    static BigInteger Eip198MultComplexity(BigInteger x)
    {
        if (x <= 64) return x * x;
        if (x <= 1024) return x * x / 4 + 96 * x - 3072;
        return x * x / 16 + 480 * x - 199680;
    }

    /// <summary>
    /// EIP-198's adjusted exponent length (at least 1): the index of the highest set bit of the exponent's first
    /// 32 bytes, plus <paramref name="bitsPerExtraByte"/> for each exponent byte beyond 32.
    /// </summary>
    static BigInteger IterationCount(ReadOnlySpan<byte> input, in UInt256 baseLength, in UInt256 exponentLength, int bitsPerExtraByte)
    {
        int headLength = exponentLength > 32 ? 32 : (int)exponentLength.U0;
        Span<byte> head = stackalloc byte[headLength];
        ModExpInput.CopyPadded(input, ModExpInput.ExponentOffset(baseLength), head);
        int headBits = UInt256.FromBigEndian(head).BitLength;
        var highestBit = new BigInteger(Math.Max(headBits - 1, 0));

        var count = exponentLength > 32
            ? bitsPerExtraByte * (exponentLength.ToBigInteger() - 32) + highestBit
            : highestBit;
        return BigInteger.Max(count, BigInteger.One);
    }

    static long Saturate(BigInteger gas) => gas > long.MaxValue ? long.MaxValue : (long)gas;
}
