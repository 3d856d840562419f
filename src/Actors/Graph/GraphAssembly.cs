namespace ParallelEvm.Actors.Graph;

/// <summary>The block-wide numbers <see cref="TransactionGraph"/> reports, summed up while its edges arrive.</summary>
readonly record struct GraphTotals(int CriticalPathLength, long CriticalPathGas, long TotalGas, int DependentCount, int SpeculatedCount);

/// <summary>
/// Turns each transaction's dependencies, fed in block order, into the flat arrays <see cref="TransactionGraph"/> holds.
/// Edges only point back, so longest paths, the union–find forest of chains and each transaction's number of dependents
/// are complete for a transaction once it has been added: all are kept up to date in that one pass. Only the reverse
/// edges and the chain numbering need a second, flat pass. Scratch arrays are rented; <see cref="Dispose"/> returns them.
/// </summary>
sealed class GraphAssembly : IDisposable
{
    readonly int _count;
    readonly int[] _dependencyStarts;
    /// <summary>Until <see cref="ToGraph"/>: at [d + 1], how many transactions depend on d.</summary>
    readonly int[] _dependentStarts;
    readonly PooledArray<int> _parent;
    readonly PooledArray<int> _pathLength;
    readonly PooledArray<long> _pathGas;
    readonly PooledList<int> _edges;
    int _next;
    int _dependentCount, _longest;
    long _heaviest, _totalGas;

    public GraphAssembly(int count)
    {
        _count = count;
        _dependencyStarts = new int[count + 1];
        _dependentStarts = new int[count + 1];
        _parent = new PooledArray<int>(count);
        _pathLength = new PooledArray<int>(count);
        _pathGas = new PooledArray<long>(count);
        _edges = new PooledList<int>(count);
    }

    /// <summary>
    /// Adds the next transaction in block order: <paramref name="dependencies"/> are the earlier transactions it reads
    /// from, in any order and with repeats (sorted in place here); <paramref name="weight"/> is its gas.
    /// </summary>
    public void Append(Span<int> dependencies, long weight)
    {
        int tx = _next++;
        var parent = _parent.Span;
        var pathLength = _pathLength.Span;
        var pathGas = _pathGas.Span;
        parent[tx] = tx;
        // A handful of entries at most: Sort uses insertion sort for those, without allocating.
        dependencies.Sort();
        int longest = 0;
        long heaviest = 0;
        int previous = -1;
        foreach (int d in dependencies)
        {
            if (d == previous) continue;
            previous = d;
            _edges.Add(d);
            _dependentStarts[d + 1]++;
            ChainPartition.Union(parent, tx, d);
            longest = Math.Max(longest, pathLength[d]);
            heaviest = Math.Max(heaviest, pathGas[d]);
        }
        if (previous >= 0) _dependentCount++;
        pathLength[tx] = longest + 1;
        pathGas[tx] = heaviest + weight;
        _longest = Math.Max(_longest, longest + 1);
        _heaviest = Math.Max(_heaviest, heaviest + weight);
        _totalGas += weight;
        _dependencyStarts[tx + 1] = _edges.Count;
    }

    /// <summary>The graph, once every transaction has been appended.</summary>
    public TransactionGraph ToGraph(int speculatedCount)
    {
        if (_next != _count) throw new InvalidOperationException($"{_next} of {_count} transactions were appended");
        var dependencies = _edges.AsSpan().ToArray();
        var dependents = Reverse(dependencies);
        var chains = ChainPartition.FromForest(_parent.Span);
        var totals = new GraphTotals(_longest, _heaviest, _totalGas, _dependentCount, speculatedCount);
        return new TransactionGraph(_dependencyStarts, dependencies, _dependentStarts, dependents, chains, totals);
    }

    public void Dispose()
    {
        _parent.Dispose();
        _pathLength.Dispose();
        _pathGas.Dispose();
        _edges.Dispose();
    }

    /// <summary>Turns the dependent counts into starts and fills each transaction's dependents.</summary>
    int[] Reverse(int[] dependencies)
    {
        var starts = _dependentStarts;
        for (int i = 0; i < _count; i++) starts[i + 1] += starts[i];
        var dependents = new int[dependencies.Length];
        using var scratch = new PooledArray<int>(_count);
        var next = scratch.Span;
        starts.AsSpan(0, _count).CopyTo(next);
        // Walking dependents in index order leaves every list sorted.
        for (int tx = 0; tx < _count; tx++)
            for (int e = _dependencyStarts[tx]; e < _dependencyStarts[tx + 1]; e++)
                dependents[next[dependencies[e]]++] = tx;
        return dependents;
    }
}
