using ParallelEvm.State;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// The last replies by request id, so a retry of an id the node already answered gets the same reply without running
/// the block again. A result is kept as the RLP that <see cref="BlockResultCodec"/> writes for the wire, not as the
/// engine's objects: the engine's result also holds every transaction's write set (which the wire never carries) and
/// is several times larger in objects than in bytes, so a full cache used to pin hundreds of megabytes per node.
/// Bounded twice: past <c>capacity</c> replies or <c>capacityBytes</c> encoded bytes the oldest reply is forgotten
/// (a retry that late runs the block again, which gives the same result).
/// </summary>
sealed class ReplyCache
{
    readonly int _capacity;
    readonly long _capacityBytes;
    readonly Dictionary<string, Entry> _replies = new();
    readonly Queue<string> _order = new();

    /// <summary>An encoded result (<see cref="Encoded"/>) or a small failure reply kept as is (<see cref="Reply"/>).</summary>
    readonly record struct Entry(byte[]? Encoded, IBlockExecutionMessage? Reply)
    {
        public long Bytes => Encoded?.Length ?? 0;
    }

    public ReplyCache(int capacity, long capacityBytes = long.MaxValue)
    {
        _capacity = capacity;
        _capacityBytes = capacityBytes;
    }

    public int Count => _replies.Count;

    /// <summary>Encoded bytes of the remembered results.</summary>
    public long Bytes { get; private set; }

    /// <summary>
    /// The remembered reply for <paramref name="requestId"/>. A result comes back as the wire decodes it: receipts,
    /// block diff and counters, without per-transaction write sets (what every remote requester gets anyway).
    /// </summary>
    public bool TryGet(string requestId, out IBlockExecutionMessage reply)
    {
        if (!_replies.TryGetValue(requestId, out var entry))
        {
            reply = null!;
            return false;
        }
        reply = entry.Reply ?? Decode(requestId, entry.Encoded!);
        return true;
    }

    public void Remember(string requestId, IBlockExecutionMessage reply)
    {
        if (_replies.ContainsKey(requestId)) return;
        var entry = reply is BlockExecuted executed ? new Entry(Encode(executed.Result), null) : new Entry(null, reply);
        // A single reply larger than the whole byte bound is not remembered (a retry runs the block again).
        if (entry.Bytes > _capacityBytes) return;
        _replies.Add(requestId, entry);
        _order.Enqueue(requestId);
        Bytes += entry.Bytes;
        while (_order.Count > _capacity || Bytes > _capacityBytes)
        {
            _replies.Remove(_order.Dequeue(), out var forgotten);
            Bytes -= forgotten.Bytes;
        }
    }

    static byte[] Encode(BlockExecutionResult result)
    {
        using var w = new RlpWriter(4096);
        BlockResultCodec.Write(w, result);
        return w.ToArray();
    }

    static BlockExecuted Decode(string requestId, byte[] encoded)
    {
        var r = new RlpReader(encoded);
        var result = BlockResultCodec.Read(ref r);
        r.EnsureEnd();
        return new BlockExecuted(requestId, result);
    }
}
