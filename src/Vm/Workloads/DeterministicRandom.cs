using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood: "Fast splittable pseudorandom number generators", OOPSLA 2014). Written out
/// here rather than using System.Random so that a seed gives the same workload on every .NET version.
/// </summary>
sealed class DeterministicRandom(ulong seed)
{
    ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>] (the modulo bias is below 2^-40 for our ranges).</summary>
    public ulong Between(ulong min, ulong max) =>
        max - min == ulong.MaxValue ? NextUInt64() : min + NextUInt64() % (max - min + 1);

    /// <summary>Uniform in [0, <paramref name="count"/>).</summary>
    public int Below(int count) => (int)Between(0, (ulong)count - 1);

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool NextBool() => (NextUInt64() & 1) != 0;

    /// <summary>An amount between <paramref name="minUnits"/> and <paramref name="maxUnits"/> whole units of 10^18, with random sub-unit digits.</summary>
    public UInt256 Amount(ulong minUnits, ulong maxUnits) =>
        (UInt256)Between(minUnits, maxUnits) * WorkloadBuilder.Ether + Between(0, 999_999_999_999_999_999UL);
}
