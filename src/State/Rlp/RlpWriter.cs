using System.Buffers;
using System.Buffers.Binary;

namespace ParallelEvm.State;

/// <summary>
/// Builds an RLP encoding (yellow paper appendix B) item by item.
/// Lists are open-ended: <see cref="StartList"/> … <see cref="EndList"/>. A list header's size depends on its
/// payload length, so headers are not written inline; each list records where it starts and, when it ends,
/// its payload length. Output (<see cref="WriteTo"/>, <see cref="ToArray"/>, <see cref="ComputeKeccak"/>)
/// interleaves headers with the payload in one pass, so nesting never moves bytes around.
/// Reusable via <see cref="Reset"/>; <see cref="Dispose"/> returns the pooled buffer.
/// </summary>
public sealed class RlpWriter : IDisposable
{
    // Payload bytes (everything except list headers).
    byte[] _buffer;
    int _length;

    // Lists in StartList order, which is also output order (an outer list starts before its inner ones).
    ListMark[] _lists = new ListMark[8];
    int _listCount;

    // Indices into _lists of lists started but not yet ended.
    int[] _open = new int[8];
    int _openCount;

    // Header bytes of top-level lists (added to _length for the final size).
    int _topLevelHeaderBytes;

    struct ListMark
    {
        public int Start;          // position in _buffer where the header goes
        public int PayloadLength;  // set by EndList, includes nested headers
        public int NestedHeaderBytes;
    }

    public RlpWriter(int initialCapacity = 256) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));

    /// <summary>Total encoded length (valid when every list is closed).</summary>
    public int Length => _length + _topLevelHeaderBytes;

    public void Reset()
    {
        _length = 0;
        _listCount = 0;
        _openCount = 0;
        _topLevelHeaderBytes = 0;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    // ---------------- items ----------------

    /// <summary>A byte array: a single byte below 0x80 is its own encoding, otherwise length header + bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 1 && bytes[0] < 0x80)
        {
            Reserve(1)[0] = bytes[0];
            return;
        }
        var dest = Reserve(RlpHeader.Length(bytes.Length) + bytes.Length);
        int h = RlpHeader.Write(dest, RlpHeader.StringOffset, bytes.Length);
        bytes.CopyTo(dest[h..]);
    }

    /// <summary>A scalar as its minimal big-endian bytes; zero is the empty string 0x80.</summary>
    public void WriteULong(ulong value)
    {
        if (value < 0x80)
        {
            Reserve(1)[0] = value == 0 ? RlpHeader.StringOffset : (byte)value;
            return;
        }
        int size = 8 - System.Numerics.BitOperations.LeadingZeroCount(value) / 8;
        var dest = Reserve(1 + size);
        dest[0] = (byte)(RlpHeader.StringOffset + size);
        Span<byte> be = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(be, value);
        be[(8 - size)..].CopyTo(dest[1..]);
    }

    public void WriteUInt256(in UInt256 value)
    {
        if (value.FitsInUlong)
        {
            WriteULong(value.U0);
            return;
        }
        Span<byte> be = stackalloc byte[32];
        value.WriteBigEndian(be);
        int skip = value.LeadingZeroCount / 8;
        WriteBytes(be[skip..]);
    }

    public void WriteBool(bool value) => Reserve(1)[0] = value ? (byte)1 : RlpHeader.StringOffset;

    public void WriteAddress(in Address address)
    {
        var dest = Reserve(1 + Address.Size);
        dest[0] = RlpHeader.StringOffset + Address.Size;
        address.WriteTo(dest[1..]);
    }

    public void WriteHash(in Hash256 hash)
    {
        var dest = Reserve(1 + Hash256.Size);
        dest[0] = RlpHeader.StringOffset + Hash256.Size;
        hash.WriteTo(dest[1..]);
    }

    /// <summary>Appends bytes that are already a complete RLP item (e.g. an embedded trie node).</summary>
    public void WriteEncoded(ReadOnlySpan<byte> encodedItem) => encodedItem.CopyTo(Reserve(encodedItem.Length));

    /// <summary>The empty list 0xc0.</summary>
    public void WriteEmptyList() => Reserve(1)[0] = RlpHeader.ListOffset;

    // ---------------- lists ----------------

    public void StartList()
    {
        if (_listCount == _lists.Length) Array.Resize(ref _lists, _lists.Length * 2);
        if (_openCount == _open.Length) Array.Resize(ref _open, _open.Length * 2);
        _lists[_listCount] = new ListMark { Start = _length };
        _open[_openCount++] = _listCount++;
    }

    public void EndList()
    {
        if (_openCount == 0) throw new InvalidOperationException("EndList without a matching StartList");
        ref ListMark mark = ref _lists[_open[--_openCount]];
        mark.PayloadLength = _length - mark.Start + mark.NestedHeaderBytes;
        int added = mark.NestedHeaderBytes + RlpHeader.Length(mark.PayloadLength);
        if (_openCount > 0) _lists[_open[_openCount - 1]].NestedHeaderBytes += added;
        else _topLevelHeaderBytes += added;
    }

    // ---------------- output ----------------

    /// <summary>Writes the encoding into <paramref name="destination"/>; returns the number of bytes written.</summary>
    public int WriteTo(Span<byte> destination)
    {
        EnsureClosed();
        int total = Length;
        if (destination.Length < total) throw new ArgumentException($"destination has {destination.Length} bytes, the encoding needs {total}", nameof(destination));
        int src = 0, dst = 0;
        for (int i = 0; i < _listCount; i++)
        {
            ref readonly ListMark mark = ref _lists[i];
            int run = mark.Start - src;
            _buffer.AsSpan(src, run).CopyTo(destination[dst..]);
            dst += run;
            src = mark.Start;
            dst += RlpHeader.Write(destination[dst..], RlpHeader.ListOffset, mark.PayloadLength);
        }
        _buffer.AsSpan(src, _length - src).CopyTo(destination[dst..]);
        return total;
    }

    public byte[] ToArray()
    {
        EnsureClosed();
        var result = new byte[Length];
        WriteTo(result);
        return result;
    }

    /// <summary>Keccak-256 of the encoding, streamed without materializing it.</summary>
    public Hash256 ComputeKeccak()
    {
        EnsureClosed();
        var hasher = new Keccak256Hasher();
        Span<byte> header = stackalloc byte[RlpHeader.MaxLength];
        int src = 0;
        for (int i = 0; i < _listCount; i++)
        {
            ref readonly ListMark mark = ref _lists[i];
            hasher.Append(_buffer.AsSpan(src, mark.Start - src));
            src = mark.Start;
            hasher.Append(header[..RlpHeader.Write(header, RlpHeader.ListOffset, mark.PayloadLength)]);
        }
        hasher.Append(_buffer.AsSpan(src, _length - src));
        return hasher.Finish();
    }

    void EnsureClosed()
    {
        if (_openCount != 0) throw new InvalidOperationException($"{_openCount} RLP list(s) still open");
    }

    Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count) Grow(count);
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    void Grow(int count)
    {
        long needed = (long)_length + count;
        if (needed > Array.MaxLength) throw new InvalidOperationException("RLP encoding larger than the maximum array size");
        int size = (int)Math.Min(Math.Max(needed, (long)Math.Max(_buffer.Length, 16) * 2), Array.MaxLength);
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
