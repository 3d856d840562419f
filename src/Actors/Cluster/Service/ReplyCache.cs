namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// The last replies by request id, so a retry of an id the node already answered gets the same reply without running
/// the block again. Bounded: past <c>capacity</c> the oldest reply is forgotten (a retry that late runs the block again,
/// which gives the same result).
/// </summary>
sealed class ReplyCache
{
    readonly int _capacity;
    readonly Dictionary<string, IBlockExecutionMessage> _replies = new();
    readonly Queue<string> _order = new();

    public ReplyCache(int capacity) => _capacity = capacity;

    public int Count => _replies.Count;

    public bool TryGet(string requestId, out IBlockExecutionMessage reply) => _replies.TryGetValue(requestId, out reply!);

    public void Remember(string requestId, IBlockExecutionMessage reply)
    {
        if (!_replies.TryAdd(requestId, reply)) return;
        _order.Enqueue(requestId);
        while (_order.Count > _capacity) _replies.Remove(_order.Dequeue());
    }
}
