using System.Numerics;
using ParallelEvm.State;

namespace ParallelEvm.Vm;

/// <summary>EIP-4844 blob gas pricing.</summary>
public static class BlobGas
{
    /// <summary>The blob base fee for a block's excess blob gas under a fork's update fraction.</summary>
    public static UInt256 BaseFee(ulong excessBlobGas, ulong updateFraction) => FakeExponential(1, excessBlobGas, updateFraction);

    /// <summary>EIP-4844's integer approximation of factor · e^(numerator / denominator).</summary>
    public static UInt256 FakeExponential(ulong factor, ulong numerator, ulong denominator)
    {
        BigInteger output = 0, accumulator = (BigInteger)factor * denominator;
        for (int i = 1; accumulator > 0; i++)
        {
            output += accumulator;
            accumulator = accumulator * numerator / ((BigInteger)denominator * i);
        }
        var result = output / denominator;
        return result.GetBitLength() > 256 ? UInt256.MaxValue : UInt256.FromBigInteger(result);
    }
}
