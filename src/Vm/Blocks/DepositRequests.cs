using System.Buffers.Binary;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// EIP-6110: deposit requests are read from the deposit contract's DepositEvent logs in the block's receipts.
/// The ABI layout of the event is fixed (five dynamic bytes fields of known sizes); a log that does not match it
/// makes the block invalid, as the execution specs require from Prague.
/// </summary>
public static class DepositRequests
{
    /// <summary>The mainnet deposit contract (EIP-6110 DEPOSIT_CONTRACT_ADDRESS).</summary>
    public static readonly Address DepositContract = Address.Parse("0x00000000219ab540356cBB839Cbe05303d7705Fa");

    /// <summary>keccak256("DepositEvent(bytes,bytes,bytes,bytes,bytes)").</summary>
    public static readonly Hash256 DepositEventTopic = Hash256.Parse("0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5");

    /// <summary>pubkey, withdrawal_credentials, amount, signature, index.</summary>
    static readonly int[] FieldSizes = [48, 32, 8, 96, 8];

    /// <summary>The ABI offsets those sizes imply: after 5 head words, each field is a length word and its data padded to 32 bytes.</summary>
    static readonly int[] FieldOffsets = [160, 256, 320, 384, 512];

    /// <summary>5 head words + the fields: 576 bytes.</summary>
    const int EventDataSize = 576;

    /// <summary>One request is the fields concatenated: 48 + 32 + 8 + 96 + 8 bytes.</summary>
    public const int RequestSize = 192;

    /// <summary>The concatenated deposit requests of the block's logs, in order; null (with the reason) when a deposit log is malformed.</summary>
    public static byte[]? Collect(IEnumerable<LogEntry> logs, out string? error)
    {
        error = null;
        using var output = new MemoryStream();
        foreach (var log in logs)
        {
            if (log.Address != DepositContract || log.Topics.Length == 0 || log.Topics[0] != DepositEventTopic) continue;
            if (!TryExtract(log.Data, output, out error)) return null;
        }
        return output.ToArray();
    }

    static bool TryExtract(byte[] data, MemoryStream output, out string? error)
    {
        error = null;
        if (data.Length != EventDataSize) { error = $"deposit log has {data.Length} data bytes, not {EventDataSize} (EIP-6110)"; return false; }
        for (int i = 0; i < FieldSizes.Length; i++)
        {
            if (Word(data, i * 32) != (ulong)FieldOffsets[i]) { error = $"deposit log field {i} is not at offset {FieldOffsets[i]} (EIP-6110)"; return false; }
            if (Word(data, FieldOffsets[i]) != (ulong)FieldSizes[i]) { error = $"deposit log field {i} is not {FieldSizes[i]} bytes long (EIP-6110)"; return false; }
        }
        for (int i = 0; i < FieldSizes.Length; i++) output.Write(data, FieldOffsets[i] + 32, FieldSizes[i]);
        return true;
    }

    /// <summary>A 32-byte big-endian word as a number, or ulong.MaxValue when it does not fit 64 bits.</summary>
    static ulong Word(byte[] data, int offset)
    {
        for (int i = 0; i < 24; i++) if (data[offset + i] != 0) return ulong.MaxValue;
        return BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(offset + 24, 8));
    }
}
