using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Σ [kᵢ]Pᵢ by Pippenger's bucket method, as EIP-2537 prices G1MSM/G2MSM. The scalars are split into c-bit windows;
/// per window every point is added into the bucket of its digit, and the buckets are summed with a running sum
/// (Σ d·B_d from 2^c − 2 additions). Windows are combined most significant first with c doublings in between.
/// </summary>
public static class MultiScalarMultiplication
{
    /// <summary>Bytes per scalar: EIP-2537 scalars are 32-byte big-endian integers, not reduced modulo r.</summary>
    public const int ScalarLength = 32;

    private const int ScalarBits = ScalarLength * 8;
    private const int MaxWindowBits = 16;

    /// <summary>
    /// Σ [scalars[i]]·points[i]; <paramref name="scalars"/> holds one 32-byte big-endian scalar per point.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JacobianPoint<F> Compute<F>(ReadOnlySpan<AffinePoint<F>> points, ReadOnlySpan<byte> scalars)
        where F : struct, IField<F>
    {
        if (scalars.Length != points.Length * ScalarLength)
            throw new ArgumentException("one 32-byte scalar per point is required", nameof(scalars));
        if (points.Length == 1) return points[0].ToJacobian().Multiply(scalars);

        int bits = HighestBit(scalars) + 1;
        if (bits == 0) return JacobianPoint<F>.Infinity;
        int c = WindowBits(points.Length);
        int windows = (bits + c - 1) / c;
        var buckets = new JacobianPoint<F>[(1 << c) - 1];

        JacobianPoint<F> result = JacobianPoint<F>.Infinity;
        for (int w = windows - 1; w >= 0; w--)
        {
            for (int i = 0; i < c; i++) result = result.Double();

            Array.Fill(buckets, JacobianPoint<F>.Infinity);
            for (int i = 0; i < points.Length; i++)
            {
                int digit = Digit(scalars.Slice(i * ScalarLength, ScalarLength), w * c, c);
                if (digit != 0) buckets[digit - 1] = buckets[digit - 1].AddAffine(points[i]);
            }

            // Σ d·B_d: after step d the running sum is B_top + … + B_d, and adding it each step counts B_d d times.
            JacobianPoint<F> running = JacobianPoint<F>.Infinity;
            JacobianPoint<F> windowSum = JacobianPoint<F>.Infinity;
            for (int d = buckets.Length - 1; d >= 0; d--)
            {
                running = running.Add(buckets[d]);
                windowSum = windowSum.Add(running);
            }
            result = result.Add(windowSum);
        }
        return result;
    }

    /// <summary>
    /// The window width minimising the addition count ⌈256/c⌉·(n + 2^(c+1)): n bucket insertions plus about
    /// 2·2^c additions for the running sums, per window.
    /// </summary>
    internal static int WindowBits(int pointCount)
    {
        int best = 1;
        long bestCost = long.MaxValue;
        for (int c = 1; c <= MaxWindowBits; c++)
        {
            long cost = (long)((ScalarBits + c - 1) / c) * (pointCount + (2L << c));
            if (cost < bestCost)
            {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /// <summary>Bits [start, start + width) of a big-endian scalar, bit 0 being the least significant.</summary>
    private static int Digit(ReadOnlySpan<byte> scalar, int start, int width)
    {
        int digit = 0;
        for (int i = width - 1; i >= 0; i--)
        {
            int bit = start + i;
            digit <<= 1;
            if (bit < ScalarBits) digit |= (scalar[ScalarLength - 1 - bit / 8] >> (bit % 8)) & 1;
        }
        return digit;
    }

    /// <summary>Index of the highest set bit over all scalars, or −1 if every scalar is zero.</summary>
    private static int HighestBit(ReadOnlySpan<byte> scalars)
    {
        int highest = -1;
        for (int offset = 0; offset < scalars.Length; offset += ScalarLength)
        {
            ReadOnlySpan<byte> scalar = scalars.Slice(offset, ScalarLength);
            int first = scalar.IndexOfAnyExcept((byte)0);
            if (first < 0) continue;
            int bit = (ScalarLength - 1 - first) * 8 + (31 - System.Numerics.BitOperations.LeadingZeroCount((uint)scalar[first]));
            if (bit > highest) highest = bit;
        }
        return highest;
    }
}
