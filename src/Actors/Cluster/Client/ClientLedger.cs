using Akka.Actor;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// The client's bookkeeping without the actor: every open request (waiting, or sent and to which node), the executor
/// nodes that are up, and the rules for retrying. A request is retried, under the same id, when the node holding it
/// leaves, when no node acknowledges it within <see cref="BlockExecutionClientOptions.AcceptTimeout"/> or answers it
/// within <see cref="BlockExecutionClientOptions.AttemptTimeout"/>, or when a node refuses it as busy or fails in its
/// engine; the retry avoids the nodes that failed it. When an executor leaves, requests not yet acknowledged are resent
/// too: the router may have sent them to that node before it knew (a duplicate on a live node costs one execution, a
/// lost one would cost the whole attempt timeout). Each request completes once: replies for a request already
/// completed are counted and dropped. Time is passed in, so tests control it.
/// </summary>
sealed class ClientLedger
{
    sealed class Request(string id, byte[] block, TaskCompletionSource<BlockExecutionResult> completion, TimeSpan deadline)
    {
        public readonly string Id = id;
        public readonly byte[] Block = block;
        public readonly TaskCompletionSource<BlockExecutionResult> Completion = completion;
        public readonly TimeSpan Deadline = deadline;
        public readonly HashSet<Address> Avoid = [];
        public int Attempts;
        public bool InFlight;
        public TimeSpan SentAt;
        public TimeSpan AttemptDeadline;
        public TimeSpan NotBefore;
        /// <summary>The node that acknowledged the current attempt.</summary>
        public Address? Node;
        public string? LastProblem;
        public LinkedListNode<Request>? Waiting;
    }

    readonly BlockExecutionClientOptions _options;
    readonly Action<ExecuteBlock, IReadOnlyCollection<Address>> _send;
    readonly ClientCounters _counters;
    readonly Dictionary<string, Request> _requests = new();
    readonly LinkedList<Request> _waiting = new();
    readonly HashSet<Address> _executors = [];
    readonly HashSet<Address> _gone = [];
    int _inFlight;

    /// <param name="send">Sends a request to an executor, avoiding the given nodes if it can.</param>
    public ClientLedger(BlockExecutionClientOptions options, Action<ExecuteBlock, IReadOnlyCollection<Address>> send, ClientCounters counters)
    {
        _options = options.Validate();
        _send = send;
        _counters = counters;
    }

    public int Open => _requests.Count;
    public int InFlight => _inFlight;
    public IReadOnlyCollection<Address> Executors => _executors;

    public void Submit(string id, byte[] block, TaskCompletionSource<BlockExecutionResult> completion, TimeSpan now)
    {
        if (_requests.ContainsKey(id))
        {
            _counters.Failed();
            completion.TrySetException(new ArgumentException($"request id {id} is already open in this client", nameof(id)));
            return;
        }
        _counters.Submitted();
        var request = new Request(id, block, completion, now + _options.Timeout);
        _requests.Add(id, request);
        request.Waiting = _waiting.AddLast(request);
        Pump(now);
    }

    public void Accepted(string id, Address node, TimeSpan now)
    {
        // An acknowledgement from a node this request avoids belongs to an abandoned attempt.
        if (!_requests.TryGetValue(id, out var r) || !r.InFlight || r.Node is not null || r.Avoid.Contains(node)) return;
        r.Node = node;
        // The node may have left between our send and its acknowledgement; its leaving has been handled already.
        if (!_gone.Contains(node)) return;
        Retry(r, $"node {node} left", node, now, delay: false);
        Pump(now);
    }

    public void Executed(string id, BlockExecutionResult result, TimeSpan now)
    {
        if (!_requests.Remove(id, out var r))
        {
            _counters.LateReply();
            return;
        }
        Unlink(r);
        _counters.Completed();
        r.Completion.TrySetResult(result);
        Pump(now);
    }

    public void Failed(string id, BlockFailure kind, string reason, Address node, TimeSpan now)
    {
        // Only the node of the current attempt speaks for it (a late answer from an abandoned attempt does not).
        if (!_requests.TryGetValue(id, out var r) || !r.InFlight || (r.Node is { } holder && holder != node)) return;
        if (kind == BlockFailure.Malformed)
        {
            End(r, new BlockExecutionClusterException(id, $"the node {node} cannot decode it: {reason}", kind));
            Pump(now);
            return;
        }
        Retry(r, $"{kind} at {node}: {reason}", node, now, delay: true);
        Pump(now);
    }

    public void Cancel(string id, CancellationToken token, TimeSpan now)
    {
        if (!_requests.Remove(id, out var r)) return;
        Unlink(r);
        _counters.Failed();
        r.Completion.TrySetCanceled(token);
        Pump(now);
    }

    public void ExecutorUp(Address node, TimeSpan now)
    {
        _executors.Add(node);
        _gone.Remove(node);
        Pump(now);
    }

    /// <summary>The node left, is leaving or became unreachable: what it holds goes elsewhere.</summary>
    public void ExecutorGone(Address node, TimeSpan now)
    {
        _executors.Remove(node);
        _gone.Add(node);
        foreach (var r in _requests.Values.Where(r => r.InFlight && (r.Node == node || r.Node is null)).ToList())
            Retry(r, $"node {node} left", node, now, delay: false);
        Pump(now);
    }

    /// <summary>Applies timeouts and resends delayed retries; call it periodically.</summary>
    public void Tick(TimeSpan now)
    {
        foreach (var r in _requests.Values.ToList())
        {
            if (now >= r.Deadline)
            {
                var why = _executors.Count == 0 ? "no executor node is up in the cluster" : r.LastProblem ?? "no node answered";
                End(r, new BlockExecutionTimeoutException(r.Id, $"no result within {_options.Timeout} after {r.Attempts} attempt(s): {why}"));
            }
            else if (r.InFlight && now >= r.AttemptDeadline)
                Retry(r, $"no answer within {_options.AttemptTimeout}", r.Node, now, delay: false);
            else if (r.InFlight && r.Node is null && now >= r.SentAt + _options.AcceptTimeout)
                Retry(r, $"no node acknowledged it within {_options.AcceptTimeout}", null, now, delay: false);
        }
        Pump(now);
    }

    /// <summary>Fails every open request (the client is stopping).</summary>
    public void FailAll(string reason)
    {
        foreach (var r in _requests.Values.ToList()) End(r, new BlockExecutionClusterException(r.Id, reason));
    }

    void Retry(Request r, string problem, Address? failedNode, TimeSpan now, bool delay)
    {
        Unlink(r);
        r.LastProblem = problem;
        if (failedNode is { } node) r.Avoid.Add(node);
        if (r.Attempts >= _options.MaxAttempts)
        {
            End(r, new BlockExecutionClusterException(r.Id, $"gave up after {r.Attempts} attempt(s); last: {problem}"));
            return;
        }
        r.NotBefore = delay ? now + _options.RetryDelay : now;
        r.Waiting = _waiting.AddFirst(r);
    }

    void Pump(TimeSpan now)
    {
        if (_executors.Count == 0) return;
        var item = _waiting.First;
        while (item is not null && _inFlight < _options.MaxInFlight)
        {
            var next = item.Next;
            if (item.Value.NotBefore <= now) Send(item.Value, now);
            item = next;
        }
    }

    void Send(Request r, TimeSpan now)
    {
        Unlink(r);
        if (r.Attempts > 0) _counters.Retried();
        r.Attempts++;
        r.InFlight = true;
        _inFlight++;
        r.Node = null;
        r.SentAt = now;
        r.AttemptDeadline = now + _options.AttemptTimeout;
        _send(new ExecuteBlock(r.Id, r.Block), r.Avoid.ToArray());
    }

    void End(Request r, Exception error)
    {
        _requests.Remove(r.Id);
        Unlink(r);
        _counters.Failed();
        r.Completion.TrySetException(error);
    }

    /// <summary>Takes the request out of the waiting list or the in-flight count, whichever holds it.</summary>
    void Unlink(Request r)
    {
        if (r.Waiting is { } item)
        {
            _waiting.Remove(item);
            r.Waiting = null;
        }
        if (r.InFlight)
        {
            r.InFlight = false;
            _inFlight--;
        }
    }
}
