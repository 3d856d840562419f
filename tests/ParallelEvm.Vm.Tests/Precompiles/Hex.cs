namespace ParallelEvm.Vm.Tests.Precompiles;

/// <summary>Hex helpers for vectors written as in the EIPs (whitespace ignored).</summary>
static class Hex
{
    public static byte[] Bytes(string hex) =>
        Convert.FromHexString(string.Concat(hex.Where(c => !char.IsWhiteSpace(c))).Replace("0x", ""));

    public static string Of(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
