using System.Buffers;
using ParallelEvm.State;

namespace ParallelEvm.Vm.Evm;

/// <summary>A frame's byte-addressed memory, grown in 32-byte words; the buffer is pooled and reused across frames.</summary>
sealed class EvmMemory
{
    // Offsets past this are never affordable (the quadratic cost alone exceeds any gas limit), so they are out of gas.
    const ulong MaxAddressable = 1UL << 32;

    byte[] _buffer = [];

    /// <summary>Current size in bytes (always a multiple of 32).</summary>
    public long Size { get; private set; }

    public void Reset()
    {
        if (_buffer.Length > 0) _buffer.AsSpan(0, (int)Size).Clear();
        Size = 0;
    }

    public void Release()
    {
        Reset();
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    static long Cost(long words) => words * GasCosts3 + words * words / 512;
    const long GasCosts3 = 3;

    /// <summary>
    /// Gas to grow memory so that [offset, offset+length) is addressable; long.MaxValue when it never can be.
    /// A zero length never grows memory, whatever the offset.
    /// </summary>
    public long ExpansionCost(in UInt256 offset, in UInt256 length, out long newSize)
    {
        newSize = Size;
        if (length.IsZero) return 0;
        if (!offset.FitsInUlong || !length.FitsInUlong || offset.U0 > MaxAddressable || length.U0 > MaxAddressable)
            return long.MaxValue;
        long end = (long)(offset.U0 + length.U0);
        if (end <= Size) return 0;
        long words = (end + 31) / 32;
        newSize = words * 32;
        return Cost(words) - Cost(Size / 32);
    }

    /// <summary>Grows to <paramref name="newSize"/> bytes (already paid for).</summary>
    public void Grow(long newSize)
    {
        if (newSize <= Size) return;
        if (newSize > _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Max(newSize, Math.Min(2L * _buffer.Length, int.MaxValue / 2)));
            _buffer.AsSpan(0, (int)Size).CopyTo(bigger);
            bigger.AsSpan((int)Size).Clear();
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        Size = newSize;
    }

    public Span<byte> Span(long offset, long length) => _buffer.AsSpan((int)offset, (int)length);

    public byte[] ToArray(in UInt256 offset, in UInt256 length) =>
        length.IsZero ? [] : _buffer.AsSpan((int)offset.U0, (int)length.U0).ToArray();

    /// <summary>Copies <paramref name="source"/> to memory at <paramref name="offset"/>, zero-filling up to <paramref name="length"/>.</summary>
    public void WritePadded(long offset, long length, ReadOnlySpan<byte> source)
    {
        var target = Span(offset, length);
        int n = (int)Math.Min(source.Length, length);
        source[..n].CopyTo(target);
        target[n..].Clear();
    }
}
