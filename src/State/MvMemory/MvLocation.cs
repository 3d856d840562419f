using System.Threading;

namespace ParallelEvm.State;

/// <summary>
/// All versions of one location, as a singly linked list sorted by transaction index, highest first.
/// Lock-free: a node is inserted with one compare-and-swap and never unlinked (a transaction that stops writing
/// the location leaves an "absent" tombstone), so readers walk the list without locks. Each node has a single
/// writer — the executor running that transaction's current incarnation — guarded by a sequence counter so a
/// reader never sees a half-written value.
/// </summary>
public sealed class MvLocation
{
    internal sealed class Node
    {
        public readonly int TxIndex;
        public Node? Next;
        // Seqlock: odd while the single writer is updating Incarnation/State/Value.
        public int Sequence;
        public int Incarnation;
        public NodeState State;
        public MvValue Value;

        public Node(int txIndex, Node? next) { TxIndex = txIndex; Next = next; }
    }

    internal enum NodeState : byte { Absent, Written, Estimate }

    Node? _head;

    /// <summary>The write of the highest transaction below <paramref name="txIndex"/>.</summary>
    public MvReadResult Read(int txIndex)
    {
        for (var node = Volatile.Read(ref _head); node is not null; node = Volatile.Read(ref node.Next))
        {
            if (node.TxIndex >= txIndex) continue;
            while (true)
            {
                int before = Volatile.Read(ref node.Sequence);
                if ((before & 1) != 0) { Thread.SpinWait(1); continue; }
                var state = node.State;
                int incarnation = node.Incarnation;
                var value = node.Value;
                if (Volatile.Read(ref node.Sequence) != before) continue;
                if (state == NodeState.Absent) break;
                return state == NodeState.Estimate
                    ? new MvReadResult(MvReadStatus.Estimate, new MvVersion(node.TxIndex, incarnation), default)
                    : new MvReadResult(MvReadStatus.Found, new MvVersion(node.TxIndex, incarnation), value);
            }
        }
        return new MvReadResult(MvReadStatus.NotFound, MvVersion.Base, default);
    }

    /// <summary>Records <paramref name="txIndex"/>'s write. Returns true when this transaction had no write here before.</summary>
    public bool Write(int txIndex, int incarnation, in MvValue value)
    {
        var node = FindOrInsert(txIndex, out bool inserted);
        bool wasAbsent = inserted || node.State == NodeState.Absent;
        Update(node, incarnation, NodeState.Written, value);
        return wasAbsent;
    }

    /// <summary>Block-STM: the aborted transaction's write becomes an ESTIMATE, so readers wait instead of trusting it.</summary>
    public void MarkEstimate(int txIndex)
    {
        var node = Find(txIndex);
        if (node is not null && node.State == NodeState.Written) Update(node, node.Incarnation, NodeState.Estimate, node.Value);
    }

    /// <summary>The transaction's new incarnation no longer writes here.</summary>
    public void Remove(int txIndex)
    {
        var node = Find(txIndex);
        if (node is not null && node.State != NodeState.Absent) Update(node, node.Incarnation, NodeState.Absent, default);
    }

    static void Update(Node node, int incarnation, NodeState state, in MvValue value)
    {
        Interlocked.Increment(ref node.Sequence);
        node.Incarnation = incarnation;
        node.State = state;
        node.Value = value;
        Interlocked.Increment(ref node.Sequence);
    }

    Node? Find(int txIndex)
    {
        for (var node = Volatile.Read(ref _head); node is not null; node = Volatile.Read(ref node.Next))
        {
            if (node.TxIndex == txIndex) return node;
            if (node.TxIndex < txIndex) return null;
        }
        return null;
    }

    Node FindOrInsert(int txIndex, out bool inserted)
    {
        while (true)
        {
            ref Node? link = ref _head;
            var current = Volatile.Read(ref link);
            while (current is not null && current.TxIndex > txIndex)
            {
                link = ref current.Next;
                current = Volatile.Read(ref link);
            }
            if (current is not null && current.TxIndex == txIndex) { inserted = false; return current; }
            var node = new Node(txIndex, current) { State = NodeState.Absent };
            if (Interlocked.CompareExchange(ref link, node, current) == current) { inserted = true; return node; }
        }
    }
}
