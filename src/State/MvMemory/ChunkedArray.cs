using System.Threading;

namespace ParallelEvm.State;

/// <summary>
/// A growable array of structs that never moves an element: chunks are allocated on first use and published with
/// one compare-and-swap, so threads can hold <c>ref</c>s into it while others append. Structs without references
/// live in chunks the GC never needs to trace or copy, which is the point: MVMemory holds every write of a block
/// until the block ends, and as small objects those writes made every gen-0 collection copy them.
/// </summary>
sealed class ChunkedArray<T> where T : struct
{
    const int ChunkBits = 12;
    const int ChunkSize = 1 << ChunkBits;
    readonly T[]?[] _chunks;

    public ChunkedArray(int maxItems) => _chunks = new T[]?[(maxItems + ChunkSize - 1) >> ChunkBits];

    public int Capacity => _chunks.Length << ChunkBits;

    /// <summary>Bytes this array holds: the chunks allocated so far and the chunk table.</summary>
    public long AllocatedBytes
    {
        get
        {
            long bytes = _chunks.Length * (long)IntPtr.Size;
            foreach (var chunk in _chunks)
                if (chunk is not null) bytes += (long)ChunkSize * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            return bytes;
        }
    }

    /// <summary>An element another thread already published (its chunk exists).</summary>
    public ref T this[int index] => ref _chunks[index >> ChunkBits]![index & (ChunkSize - 1)];

    /// <summary>An element this thread just claimed an index for: allocates its chunk when nobody did yet.</summary>
    public ref T Claim(int index)
    {
        int chunk = index >> ChunkBits;
        var items = Volatile.Read(ref _chunks[chunk]);
        if (items is null)
        {
            var fresh = new T[ChunkSize];
            items = Interlocked.CompareExchange(ref _chunks[chunk], fresh, null) ?? fresh;
        }
        return ref items[index & (ChunkSize - 1)];
    }
}
