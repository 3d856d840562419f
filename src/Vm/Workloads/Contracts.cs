using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// Runtime bytecode of the workload contracts in contracts/*.sol, compiled by contracts/build.sh (solc 0.8.26,
/// optimizer on, evmVersion cancun) and embedded as resources, so building C# never needs node or solc.
/// Workloads place this code directly in the pre-state: there are no deployment transactions.
/// </summary>
public static class Contracts
{
    static readonly Lazy<byte[]> TokenCode = new(() => Load("Token"));
    static readonly Lazy<byte[]> PairCode = new(() => Load("Pair"));
    static readonly Lazy<byte[]> CounterCode = new(() => Load("Counter"));

    /// <summary>contracts/Token.sol: a minimal ERC-20 (layout and calls in <see cref="TokenAbi"/>).</summary>
    public static ReadOnlyMemory<byte> Token => TokenCode.Value;

    /// <summary>contracts/Pair.sol: a self-contained constant-product pair (layout and calls in <see cref="PairAbi"/>).</summary>
    public static ReadOnlyMemory<byte> Pair => PairCode.Value;

    /// <summary>contracts/Counter.sol: one slot that every call increments (layout and calls in <see cref="CounterAbi"/>).</summary>
    public static ReadOnlyMemory<byte> Counter => CounterCode.Value;

    /// <summary>Puts <paramref name="code"/> at <paramref name="address"/> as a deployed contract would be (nonce 1, EIP-161).</summary>
    public static void Place(InMemoryDb state, Address address, ReadOnlyMemory<byte> code)
    {
        var bytes = code.ToArray();
        var codeHash = state.AddCode(bytes, Keccak256.Hash(bytes));
        state.SetAccount(address, new Account(1, UInt256.Zero, codeHash));
    }

    static byte[] Load(string name)
    {
        string resource = $"contracts.{name}.bin-runtime";
        using var stream = typeof(Contracts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource '{resource}' is missing: run contracts/build.sh and rebuild");
        using var reader = new StreamReader(stream);
        return Convert.FromHexString(reader.ReadToEnd().Trim());
    }
}
