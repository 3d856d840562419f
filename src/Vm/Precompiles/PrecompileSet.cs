using ParallelEvm.State;
using ParallelEvm.Vm.Precompiles.Bls12381;
using ParallelEvm.Vm.Precompiles.Bn254;

namespace ParallelEvm.Vm.Precompiles;

/// <summary>
/// The precompiled contracts active in each fork. <see cref="For"/> returns an array indexed by address number:
/// entry i is the precompile at address i, or null; entry 0 is unused; the array ends at the highest active address.
/// One array per fork is built once and shared: callers must not modify it.
/// </summary>
public static class PrecompileSet
{
    static readonly Precompile?[][] BySpec = BuildAll();

    public static Precompile?[] For(SpecId spec) => BySpec[(int)spec];

    /// <summary>The precompile at <paramref name="address"/> under <paramref name="spec"/>, or null when there is none.</summary>
    public static Precompile? Get(Address address, SpecId spec)
    {
        var set = BySpec[(int)spec];
        ulong n = address.SmallNumber;
        return n < (ulong)set.Length ? set[n] : null;
    }

    static Precompile?[][] BuildAll()
    {
        var specs = Enum.GetValues<SpecId>();
        var all = new Precompile?[specs.Length][];
        foreach (var spec in specs) all[(int)spec] = Build(spec);
        return all;
    }

    static Precompile?[] Build(SpecId spec)
    {
        var byAddress = new SortedDictionary<int, Precompile>
        {
            // Frontier (yellow paper appendix E).
            [0x01] = EcRecoverPrecompile.Instance,
            [0x02] = Sha256Precompile.Instance,
            [0x03] = Ripemd160Precompile.Instance,
            [0x04] = IdentityPrecompile.Instance,
        };

        if (spec >= SpecId.Byzantium)
        {
            byAddress[0x05] = ModExpPrecompile.Instance;      // EIP-198
            byAddress[0x06] = new Bn254AddPrecompile();       // EIP-196 (repriced by EIP-1108 from Istanbul)
            byAddress[0x07] = new Bn254MulPrecompile();       // EIP-196
            byAddress[0x08] = new Bn254PairingPrecompile();   // EIP-197
        }

        if (spec >= SpecId.Istanbul)
            byAddress[0x09] = Blake2FPrecompile.Instance;     // EIP-152

        if (spec >= SpecId.Cancun)
            byAddress[0x0a] = new PointEvaluationPrecompile(); // EIP-4844 KZG point evaluation

        if (spec >= SpecId.Prague)
        {
            // EIP-2537 BLS12-381 operations.
            byAddress[0x0b] = G1AddPrecompile.Instance;
            byAddress[0x0c] = G1MsmPrecompile.Instance;
            byAddress[0x0d] = G2AddPrecompile.Instance;
            byAddress[0x0e] = G2MsmPrecompile.Instance;
            byAddress[0x0f] = PairingCheckPrecompile.Instance;
            byAddress[0x10] = MapFpToG1Precompile.Instance;
            byAddress[0x11] = MapFp2ToG2Precompile.Instance;
        }

        if (spec >= SpecId.Osaka)
            byAddress[0x100] = P256VerifyPrecompile.Instance; // EIP-7951 secp256r1 verification

        var set = new Precompile?[byAddress.Keys.Max() + 1];
        foreach (var (address, precompile) in byAddress) set[address] = precompile;
        return set;
    }
}
