namespace ParallelEvm.Actors.Cluster;

/// <summary>What the service does with an incoming request.</summary>
enum Admission
{
    /// <summary>Answered before: send the remembered reply.</summary>
    Answered,
    /// <summary>Already queued or running under this id: the requester waits for the same reply.</summary>
    Joined,
    /// <summary>New: queued until a slot frees.</summary>
    Queued,
    /// <summary>The queue is full.</summary>
    Busy,
}

/// <summary>
/// The service's bookkeeping without the actor: requests by id (queued or running, each with everyone waiting for
/// it), the bound on running and queued blocks, and the remembered replies that make a retry idempotent.
/// </summary>
/// <typeparam name="TRequester">Who to answer (an actor ref in the service).</typeparam>
sealed class ServiceLedger<TRequester>
{
    sealed class Pending(byte[] block)
    {
        public readonly byte[] Block = block;
        public readonly List<TRequester> Waiters = [];
    }

    readonly BlockExecutionServiceOptions _options;
    readonly ReplyCache _replies;
    readonly Dictionary<string, Pending> _pending = new();
    readonly Queue<string> _queue = new();

    public ServiceLedger(BlockExecutionServiceOptions options)
    {
        _options = options.Validate();
        _replies = new ReplyCache(options.RememberedReplies, options.RememberedReplyBytes);
    }

    public int Running { get; private set; }
    public int Queued => _queue.Count;

    /// <summary>Replies remembered, and their encoded bytes.</summary>
    public int RememberedReplies => _replies.Count;
    public long RememberedReplyBytes => _replies.Bytes;

    public Admission Admit(string requestId, byte[] block, TRequester requester, out IBlockExecutionMessage? reply)
    {
        reply = null;
        if (_replies.TryGet(requestId, out var remembered))
        {
            reply = remembered;
            return Admission.Answered;
        }
        if (_pending.TryGetValue(requestId, out var pending))
        {
            pending.Waiters.Add(requester);
            return Admission.Joined;
        }
        if (_queue.Count >= _options.MaxQueuedBlocks && Running >= _options.MaxConcurrentBlocks) return Admission.Busy;
        pending = new Pending(block);
        pending.Waiters.Add(requester);
        _pending.Add(requestId, pending);
        _queue.Enqueue(requestId);
        return Admission.Queued;
    }

    /// <summary>The next queued request, if a running slot is free; it counts as running until <see cref="Complete"/>.</summary>
    public bool TryStartNext(out string requestId, out byte[] block)
    {
        if (Running < _options.MaxConcurrentBlocks && _queue.TryDequeue(out requestId!))
        {
            Running++;
            block = _pending[requestId].Block;
            return true;
        }
        requestId = "";
        block = [];
        return false;
    }

    /// <summary>Ends a running request; returns who to send <paramref name="reply"/> to.</summary>
    /// <param name="remember">Whether a retry of this id gets the same reply (results and undecodable requests), or runs again (engine failures).</param>
    public IReadOnlyList<TRequester> Complete(string requestId, IBlockExecutionMessage reply, bool remember)
    {
        if (!_pending.Remove(requestId, out var pending)) return [];
        Running--;
        if (remember) _replies.Remember(requestId, reply);
        return pending.Waiters;
    }
}
