using System.Security.Cryptography;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// EIP-7685: the header's requests hash commits to the block's execution-layer requests:
/// sha256(sha256(type₀ ‖ data₀) ‖ sha256(type₁ ‖ data₁) ‖ …), over the request types in ascending order,
/// leaving out every type whose data is empty.
/// </summary>
public static class RequestsHash
{
    public const byte DepositType = 0x00;       // EIP-6110
    public const byte WithdrawalType = 0x01;    // EIP-7002
    public const byte ConsolidationType = 0x02; // EIP-7251

    /// <summary><paramref name="requests"/>: (type, data) in ascending type order.</summary>
    public static Hash256 Compute(IEnumerable<(byte Type, byte[] Data)> requests)
    {
        using var outer = new MemoryStream();
        foreach (var (type, data) in requests)
        {
            if (data.Length == 0) continue;
            outer.Write(SHA256.HashData([type, .. data]));
        }
        return new Hash256(SHA256.HashData(outer.ToArray()));
    }
}
