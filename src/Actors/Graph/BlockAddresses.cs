using ParallelEvm.State;
using ParallelEvm.Vm.Evm;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// Every address the block's transactions name, numbered in order of first mention, with its <see cref="AccountFacts"/>
/// in a dense array. One pass (<see cref="Index"/>) hashes each transaction's sender and target once; the rest of the
/// build works on the numbers. On large blocks hashing is mostly cache misses: in this pass they are independent of
/// each other and prefetched, so several are in flight at once, and the later pass in block order finds the facts of
/// fresh addresses next to each other, since they were numbered in that same order.
/// </summary>
sealed class BlockAddresses : IDisposable
{
    /// <summary>How many transactions ahead the index pass prefetches map entries: enough to cover a miss.</summary>
    const int PrefetchDistance = 8;

    readonly AddressTable _numbers;
    readonly PooledList<AccountFacts> _facts;
    readonly PooledArray<int> _senders;
    readonly PooledArray<int> _targets;
    /// <summary>The current transaction's sender and target, checked before hashing: most keys name one of them.</summary>
    Address _sender, _target;
    int _senderNumber = -1, _targetNumber = -1;

    BlockAddresses(int transactions)
    {
        // Most transactions name a sender and a recipient.
        _numbers = new AddressTable(expectedCount: 2 * transactions);
        _facts = new PooledList<AccountFacts>(2 * transactions);
        _senders = new PooledArray<int>(transactions);
        _targets = new PooledArray<int>(transactions);
    }

    /// <summary>
    /// Whether a transaction carries EIP-7702 authorizations. Their authorities are only known after signature recovery,
    /// so they are not counted in <see cref="AccountFacts.NamedTwice"/>, which then cannot be trusted.
    /// </summary>
    public bool HasAuthorities { get; private set; }

    /// <summary>
    /// Numbers the senders, targets (the recipient, or the contract a creation makes) and EIP-2930 access-list addresses
    /// of <paramref name="txs"/>, and notes which addresses more than one transaction names and which ones are created.
    /// </summary>
    public static BlockAddresses Index(IReadOnlyList<Transaction?> txs)
    {
        var addresses = new BlockAddresses(txs.Count);
        for (int tx = 0; tx < txs.Count; tx++)
        {
            if (tx + PrefetchDistance < txs.Count && txs[tx + PrefetchDistance] is { } ahead)
            {
                addresses._numbers.Prefetch(ahead.Sender);
                if (ahead.To is { } to) addresses._numbers.Prefetch(to);
            }
            if (txs[tx] is { } transaction) addresses.IndexTransaction(tx, transaction);
            else addresses._senders.Span[tx] = addresses._targets.Span[tx] = 0;
        }
        return addresses;
    }

    public ref AccountFacts this[int number] => ref _facts[number];

    public Address AddressOf(int number) => _numbers[number];

    /// <summary>The number of transaction <paramref name="tx"/>'s sender (−1 for a null transaction).</summary>
    public int SenderOf(int tx) => _senders.Span[tx] - 1;

    /// <summary>The number of transaction <paramref name="tx"/>'s recipient or created contract (−1 for a null transaction).</summary>
    public int TargetOf(int tx) => _targets.Span[tx] - 1;

    /// <summary>Makes <paramref name="tx"/>'s sender and target the first guesses of <see cref="NumberOf"/> and <see cref="Add"/>.</summary>
    public void Focus(int tx)
    {
        _senderNumber = SenderOf(tx);
        _targetNumber = TargetOf(tx);
        _sender = _senderNumber >= 0 ? _numbers[_senderNumber] : default;
        _target = _targetNumber >= 0 ? _numbers[_targetNumber] : default;
    }

    /// <summary>The address's number, or −1 if no transaction named it so far.</summary>
    public int NumberOf(Address address)
    {
        if (_senderNumber >= 0 && address == _sender) return _senderNumber;
        if (_targetNumber >= 0 && address == _target) return _targetNumber;
        return _numbers.Find(address);
    }

    /// <summary>The address's number, numbering it if new (an EIP-7702 authority, a slot's contract seen in a run).</summary>
    public int Add(Address address)
    {
        if (_senderNumber >= 0 && address == _sender) return _senderNumber;
        if (_targetNumber >= 0 && address == _target) return _targetNumber;
        int number = _numbers.Add(address, out bool added);
        if (added) _facts.Add(default);
        return number;
    }

    public void Dispose()
    {
        _numbers.Dispose();
        _facts.Dispose();
        _senders.Dispose();
        _targets.Dispose();
    }

    void IndexTransaction(int tx, Transaction transaction)
    {
        int sender = Add(transaction.Sender);
        Name(sender, tx);
        int target;
        if (transaction.To is { } to) target = Add(to);
        else
        {
            target = Add(ContractAddress.From(transaction.Sender, transaction.Nonce));
            ref var created = ref _facts[target];
            if (created.CreatedBy == 0) created.CreatedBy = tx + 1;
        }
        Name(target, tx);
        _senders.Span[tx] = sender + 1;
        _targets.Span[tx] = target + 1;
        foreach (var item in transaction.AccessList ?? [])
            if (item is not null) Name(Add(item.Address), tx);
        if (transaction.AuthorizationList is { Length: > 0 }) HasAuthorities = true;
    }

    void Name(int number, int tx)
    {
        ref var facts = ref _facts[number];
        if (facts.LastNamedBy != 0 && facts.LastNamedBy != tx + 1) facts.NamedTwice = true;
        facts.LastNamedBy = tx + 1;
    }
}
