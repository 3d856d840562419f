namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Splits the block into chains: the connected components of the dependency edges (union–find), numbered 0, 1, 2…
/// in the order of each chain's first transaction, with each chain's members listed in block order.
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

    public static ChainPartition Of(int count, int[] dependencyStarts, int[] dependencies)
    {
        var parent = new int[count];
        for (int i = 0; i < count; i++) parent[i] = i;
        for (int tx = 0; tx < count; tx++)
            for (int e = dependencyStarts[tx]; e < dependencyStarts[tx + 1]; e++)
                Union(parent, tx, dependencies[e]);

        // Roots are each chain's lowest index, so numbering them in index order numbers chains by first member.
        var chainOf = new int[count];
        var rootId = new int[count];
        int chains = 0;
        for (int tx = 0; tx < count; tx++)
        {
            int root = Find(parent, tx);
            if (root == tx) rootId[root] = chains++;
            chainOf[tx] = rootId[root];
        }

        var starts = new int[chains + 1];
        foreach (int c in chainOf) starts[c + 1]++;
        for (int c = 0; c < chains; c++) starts[c + 1] += starts[c];
        var members = new int[count];
        var next = starts[..^1];
        for (int tx = 0; tx < count; tx++) members[next[chainOf[tx]]++] = tx;
        return new ChainPartition(chainOf, starts, members);
    }

    static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }

    static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        // The lower index becomes the root, so roots are each chain's first transaction.
        if (ra < rb) parent[rb] = ra;
        else if (rb < ra) parent[ra] = rb;
    }
}
