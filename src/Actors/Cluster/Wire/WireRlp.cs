using System.Text;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// RLP conventions of the cluster wire format beyond plain items: an optional value is a list of zero or one item,
/// text is UTF-8 bytes with a length bound, booleans are 0/1. Readers throw <see cref="RlpException"/> with the offset.
/// </summary>
static class WireRlp
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Storage as <c>[[slot, value]…]</c>, sorted by slot so that the encoding is deterministic.</summary>
    public static void WriteSlots(this RlpWriter w, IEnumerable<KeyValuePair<UInt256, UInt256>> slots)
    {
        w.StartList();
        foreach (var (slot, value) in slots.OrderBy(s => s.Key))
        {
            w.StartList();
            w.WriteUInt256(slot);
            w.WriteUInt256(value);
            w.EndList();
        }
        w.EndList();
    }

    public static void WriteText(this RlpWriter w, string text) => w.WriteBytes(Encoding.UTF8.GetBytes(text));

    public static string ReadText(this ref RlpReader r, int maxBytes)
    {
        int at = r.Position;
        var bytes = r.ReadBytes();
        if (bytes.Length > maxBytes) throw new RlpException($"text of {bytes.Length} bytes exceeds {maxBytes}", at);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new RlpException("text is not valid UTF-8", at);
        }
    }

    public static void WriteOptionalText(this RlpWriter w, string? text)
    {
        w.StartList();
        if (text is not null) w.WriteText(text);
        w.EndList();
    }

    public static string? ReadOptionalText(this ref RlpReader r, int maxBytes)
    {
        var list = r.ReadOptional(out bool present);
        if (!present) return null;
        var text = list.ReadText(maxBytes);
        list.EnsureEnd();
        return text;
    }

    public static void WriteOptionalULong(this RlpWriter w, ulong? value)
    {
        w.StartList();
        if (value is { } v) w.WriteULong(v);
        w.EndList();
    }

    public static ulong? ReadOptionalULong(this ref RlpReader r)
    {
        var list = r.ReadOptional(out bool present);
        if (!present) return null;
        ulong value = list.ReadULong();
        list.EnsureEnd();
        return value;
    }

    public static void WriteOptionalAddress(this RlpWriter w, Address? address)
    {
        w.StartList();
        if (address is { } a) w.WriteAddress(a);
        w.EndList();
    }

    public static Address? ReadOptionalAddress(this ref RlpReader r)
    {
        var list = r.ReadOptional(out bool present);
        if (!present) return null;
        var address = list.ReadAddress();
        list.EnsureEnd();
        return address;
    }

    public static void WriteOptionalHash(this RlpWriter w, Hash256? hash)
    {
        w.StartList();
        if (hash is { } h) w.WriteHash(h);
        w.EndList();
    }

    public static Hash256? ReadOptionalHash(this ref RlpReader r)
    {
        var list = r.ReadOptional(out bool present);
        if (!present) return null;
        var hash = list.ReadHash();
        list.EnsureEnd();
        return hash;
    }

    public static void WriteOptionalBytes(this RlpWriter w, byte[]? bytes)
    {
        w.StartList();
        if (bytes is not null) w.WriteBytes(bytes);
        w.EndList();
    }

    public static byte[]? ReadOptionalBytes(this ref RlpReader r)
    {
        var list = r.ReadOptional(out bool present);
        if (!present) return null;
        var bytes = list.ReadByteArray();
        list.EnsureEnd();
        return bytes;
    }

    /// <summary>A signed 64-bit quantity that must not be negative (gas amounts).</summary>
    public static long ReadNonNegativeLong(this ref RlpReader r)
    {
        int at = r.Position;
        ulong value = r.ReadULong();
        if (value > long.MaxValue) throw new RlpException($"value {value} does not fit in a signed 64-bit integer", at);
        return (long)value;
    }

    /// <summary>A small count or index that must fit an <see cref="int"/>.</summary>
    public static int ReadInt(this ref RlpReader r)
    {
        int at = r.Position;
        ulong value = r.ReadULong();
        if (value > int.MaxValue) throw new RlpException($"value {value} is too large", at);
        return (int)value;
    }

    static RlpReader ReadOptional(this ref RlpReader r, out bool present)
    {
        var list = r.ReadList();
        present = !list.IsEnd;
        return list;
    }
}
