using System.Buffers;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// A scratch array of exactly <c>length</c> elements, rented from the shared pool: a graph build needs several
/// block-sized temporaries, and renting them keeps every block after the first from allocating them again. Not cleared:
/// every user writes each element before reading it, and clearing block-sized arrays was a measurable share of a build.
/// Dispose exactly once (a copy shares the array): the pool would otherwise hand the same array out twice.
/// </summary>
readonly struct PooledArray<T> : IDisposable
{
    readonly T[] _array;
    readonly int _length;

    public PooledArray(int length)
    {
        _array = ArrayPool<T>.Shared.Rent(length);
        _length = length;
    }

    public Span<T> Span => _array.AsSpan(0, _length);

    public void Dispose() => ArrayPool<T>.Shared.Return(_array);
}
