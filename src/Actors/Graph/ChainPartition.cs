namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Splits the block into chains: the connected components of the dependency edges, numbered 0, 1, 2… in the order of
/// each chain's first transaction, with each chain's members listed in block order. <see cref="GraphAssembly"/> unions
/// each edge as it is found (<see cref="Union"/>); <see cref="FromForest"/> then numbers the components.
/// </summary>
sealed class ChainPartition
{
    ChainPartition(int[] chainOf, int[] starts, int[] members)
    {
        ChainOf = chainOf;
        Starts = starts;
        Members = members;
    }

    public int[] ChainOf { get; }
    /// <summary>Chain c's members are Members[Starts[c]..Starts[c + 1]].</summary>
    public int[] Starts { get; }
    public int[] Members { get; }

    /// <summary>Numbers the components of a union–find forest whose roots are each component's lowest index.</summary>
    public static ChainPartition FromForest(Span<int> parent)
    {
        int count = parent.Length;
        var chainOf = new int[count];
        int chains = 0;
        for (int tx = 0; tx < count; tx++)
        {
            // A root is its component's lowest index, so it was numbered before any other member reaches it.
            int root = Find(parent, tx);
            chainOf[tx] = root == tx ? chains++ : chainOf[root];
        }

        var starts = new int[chains + 1];
        foreach (int c in chainOf) starts[c + 1]++;
        for (int c = 0; c < chains; c++) starts[c + 1] += starts[c];
        var members = new int[count];
        using var scratch = new PooledArray<int>(chains);
        var next = scratch.Span;
        starts.AsSpan(0, chains).CopyTo(next);
        for (int tx = 0; tx < count; tx++) members[next[chainOf[tx]]++] = tx;
        return new ChainPartition(chainOf, starts, members);
    }

    public static void Union(Span<int> parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        // The lower index becomes the root, so roots are each chain's first transaction.
        if (ra < rb) parent[rb] = ra;
        else if (rb < ra) parent[ra] = rb;
    }

    static int Find(Span<int> parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }
}
