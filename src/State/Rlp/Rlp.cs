namespace ParallelEvm.State;

/// <summary>One-call RLP encoders for single items; use <see cref="RlpWriter"/> to build larger structures.</summary>
public static class Rlp
{
    /// <summary>RLP of the empty string (0x80): also the encoding of integer zero.</summary>
    public const byte EmptyString = 0x80;
    /// <summary>RLP of the empty list (0xc0).</summary>
    public const byte EmptyList = 0xc0;

    public static byte[] EncodeBytes(ReadOnlySpan<byte> bytes)
    {
        using var w = new RlpWriter(bytes.Length + 9);
        w.WriteBytes(bytes);
        return w.ToArray();
    }

    public static byte[] EncodeULong(ulong value)
    {
        using var w = new RlpWriter(16);
        w.WriteULong(value);
        return w.ToArray();
    }

    public static byte[] EncodeUInt256(in UInt256 value)
    {
        using var w = new RlpWriter(40);
        w.WriteUInt256(value);
        return w.ToArray();
    }

    public static byte[] EncodeAddress(in Address address)
    {
        using var w = new RlpWriter(24);
        w.WriteAddress(address);
        return w.ToArray();
    }

    public static byte[] EncodeHash(in Hash256 hash)
    {
        using var w = new RlpWriter(40);
        w.WriteHash(hash);
        return w.ToArray();
    }

    /// <summary>A list of already-encoded items.</summary>
    public static byte[] EncodeList(params ReadOnlySpan<byte[]> encodedItems)
    {
        using var w = new RlpWriter();
        w.StartList();
        foreach (var item in encodedItems) w.WriteEncoded(item);
        w.EndList();
        return w.ToArray();
    }

    /// <summary>Size in bytes of the RLP encoding of <paramref name="bytes"/> as a string item.</summary>
    public static int LengthOfBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 1 && bytes[0] < 0x80 ? 1 : RlpHeader.Length(bytes.Length) + bytes.Length;
}
