using System.Buffers;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// A growable list over arrays rented from the shared pool, for a graph build's block-sized buffers whose final size is
/// not known up front (edges, contract scopes). <see cref="Dispose"/> returns the array.
/// </summary>
sealed class PooledList<T>(int initialCapacity) : IDisposable
{
    T[] _items = ArrayPool<T>.Shared.Rent(Math.Max(16, initialCapacity));

    public int Count { get; private set; }

    public ref T this[int index] => ref _items[index];

    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>Appends <paramref name="item"/> and returns its index.</summary>
    public int Add(in T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(2 * _items.Length);
            _items.AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items);
            _items = larger;
        }
        _items[Count] = item;
        return Count++;
    }

    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }
}
