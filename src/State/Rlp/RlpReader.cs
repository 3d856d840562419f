using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace ParallelEvm.State;

/// <summary>
/// Reads RLP (yellow paper appendix B) from a span, accepting only the canonical encoding:
/// no single byte below 0x80 wrapped as 0x81xx, no long-form length under 56, no leading zeros in lengths
/// or integers, no item running past its enclosing list or the input. Violations throw <see cref="RlpException"/>
/// naming the problem and the absolute byte offset.
/// Lists: <see cref="ReadList"/> returns a reader over the list's payload and moves this reader past the list;
/// call <see cref="EnsureEnd"/> on a reader to demand it was consumed exactly.
/// </summary>
public ref struct RlpReader
{
    readonly ReadOnlySpan<byte> _data;
    readonly int _base;
    int _position;

    public RlpReader(ReadOnlySpan<byte> data) : this(data, 0) { }

    RlpReader(ReadOnlySpan<byte> data, int baseOffset)
    {
        _data = data;
        _base = baseOffset;
        _position = 0;
    }

    /// <summary>Absolute offset of the next item in the original input.</summary>
    public readonly int Position => _base + _position;
    public readonly bool IsEnd => _position >= _data.Length;
    public readonly int Remaining => _data.Length - _position;

    /// <summary>Kind of the next item (throws at the end).</summary>
    public readonly RlpKind PeekKind()
    {
        if (IsEnd) Throw("expected an item, found end of input", _position);
        return _data[_position] >= RlpHeader.ListOffset ? RlpKind.List : RlpKind.String;
    }

    public readonly bool IsList => PeekKind() == RlpKind.List;

    /// <summary>The next byte-array item's content (a slice of the input, no copy).</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var item = ReadItem(out bool isList);
        if (isList) Throw("expected a string, found a list", item.Start);
        return _data.Slice(item.PayloadStart, item.PayloadLength);
    }

    public byte[] ReadByteArray() => ReadBytes().ToArray();

    public ulong ReadULong()
    {
        int at = _position;
        var bytes = ReadScalar(at);
        if (bytes.Length > 8) Throw($"integer of {bytes.Length} bytes does not fit in 64 bits", at);
        ulong value = 0;
        foreach (byte b in bytes) value = (value << 8) | b;
        return value;
    }

    public UInt256 ReadUInt256()
    {
        int at = _position;
        var bytes = ReadScalar(at);
        if (bytes.Length > 32) Throw($"integer of {bytes.Length} bytes does not fit in 256 bits", at);
        return UInt256.FromBigEndian(bytes);
    }

    public bool ReadBool()
    {
        int at = _position;
        ulong v = ReadULong();
        if (v > 1) Throw($"boolean must be 0 or 1, got {v}", at);
        return v == 1;
    }

    public Address ReadAddress()
    {
        int at = _position;
        var bytes = ReadBytes();
        if (bytes.Length != Address.Size) Throw($"address must be 20 bytes, got {bytes.Length}", at);
        return new Address(bytes);
    }

    public Hash256 ReadHash()
    {
        int at = _position;
        var bytes = ReadBytes();
        if (bytes.Length != Hash256.Size) Throw($"hash must be 32 bytes, got {bytes.Length}", at);
        return new Hash256(bytes);
    }

    /// <summary>A reader over the next list's payload; this reader moves past the whole list.</summary>
    public RlpReader ReadList()
    {
        var item = ReadItem(out bool isList);
        if (!isList) Throw("expected a list, found a string", item.Start);
        return new RlpReader(_data.Slice(item.PayloadStart, item.PayloadLength), _base + item.PayloadStart);
    }

    /// <summary>The next item's complete encoding (header included), validated.</summary>
    public ReadOnlySpan<byte> ReadEncodedItem()
    {
        var item = ReadItem(out _);
        return _data[item.Start..(item.PayloadStart + item.PayloadLength)];
    }

    public void Skip() => ReadItem(out _);

    /// <summary>Throws unless every byte has been consumed (no trailing data).</summary>
    public readonly void EnsureEnd()
    {
        if (!IsEnd) Throw($"{Remaining} trailing byte(s) after the last item", _position);
    }

    // ---------------- decoding ----------------

    readonly struct Item(int start, int payloadStart, int payloadLength)
    {
        public readonly int Start = start, PayloadStart = payloadStart, PayloadLength = payloadLength;
    }

    ReadOnlySpan<byte> ReadScalar(int at)
    {
        var bytes = ReadBytes();
        // Scalars are minimal big-endian: zero is the empty string, never 0x00.
        if (bytes.Length > 0 && bytes[0] == 0) Throw("integer has leading zero bytes", at);
        return bytes;
    }

    Item ReadItem(out bool isList)
    {
        int start = _position;
        if (start >= _data.Length) Throw("expected an item, found end of input", start);
        byte prefix = _data[start];
        int payloadStart, payloadLength;
        if (prefix < RlpHeader.StringOffset)
        {
            isList = false;
            payloadStart = start;
            payloadLength = 1;
        }
        else if (prefix < RlpHeader.ListOffset)
        {
            isList = false;
            ReadLength(start, prefix - RlpHeader.StringOffset, out payloadStart, out payloadLength);
            if (payloadLength == 1 && prefix == RlpHeader.StringOffset + 1 && _data[payloadStart] < RlpHeader.StringOffset)
                Throw($"single byte 0x{_data[payloadStart]:x2} below 0x80 must be encoded as itself, not as 0x81{_data[payloadStart]:x2}", start);
        }
        else
        {
            isList = true;
            ReadLength(start, prefix - RlpHeader.ListOffset, out payloadStart, out payloadLength);
        }
        _position = payloadStart + payloadLength;
        return new Item(start, payloadStart, payloadLength);
    }

    /// <summary>Decodes the length part of a header whose prefix minus offset is <paramref name="code"/> (0..63).</summary>
    readonly void ReadLength(int start, int code, out int payloadStart, out int payloadLength)
    {
        int available = _data.Length - start - 1;
        if (code < RlpHeader.ShortLimit)
        {
            payloadStart = start + 1;
            payloadLength = code;
        }
        else
        {
            int lengthOfLength = code - 55;
            if (lengthOfLength > available) Throw($"header needs {lengthOfLength} length byte(s), only {available} left", start);
            var lengthBytes = _data.Slice(start + 1, lengthOfLength);
            if (lengthBytes[0] == 0) Throw("length has leading zero bytes", start);
            if (lengthOfLength > 4) Throw($"length of {lengthOfLength} bytes is too large", start);
            Span<byte> be = stackalloc byte[4];
            be.Clear();
            lengthBytes.CopyTo(be[(4 - lengthOfLength)..]);
            uint length = BinaryPrimitives.ReadUInt32BigEndian(be);
            if (length < RlpHeader.ShortLimit) Throw($"long-form length {length} should use the short form (under 56)", start);
            if (length > int.MaxValue) Throw($"length {length} is too large", start);
            payloadStart = start + 1 + lengthOfLength;
            payloadLength = (int)length;
            available -= lengthOfLength;
        }
        if (payloadLength > available) Throw($"item of {payloadLength} byte(s) runs past the end ({available} left)", start);
    }

    [DoesNotReturn]
    readonly void Throw(string problem, int localOffset) => throw new RlpException(problem, _base + localOffset);
}
