using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Evm;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>
/// <see cref="TransactionGraph"/> without options (no speculative runs), computed the plain way to check the optimized
/// build against: classify each transaction by asking the base state, list its keys as TransactionGraph's documentation
/// describes them, link each read to the nearest earlier writer (a contract-wide key meets every key in that
/// contract's storage), and derive chains and longest paths by brute force. Dictionaries, sets and LINQ throughout:
/// only clarity counts here.
/// </summary>
sealed class ReferenceGraph
{
    enum Kind { Account, Storage, TokenBalance, TokenAllowance, Contract }

    readonly record struct Key(Kind Kind, Address Scope, UInt256 Detail)
    {
        public static Key Account(Address a) => new(Kind.Account, a, default);
        public static Key Contract(Address a) => new(Kind.Contract, a, default);
    }

    readonly record struct Access(Key Key, bool Reads, bool Writes);

    readonly List<int>[] _dependents;

    ReferenceGraph(int[][] dependencies, long[] weights)
    {
        Dependencies = dependencies;
        Weights = weights;
        _dependents = dependencies.Select(_ => new List<int>()).ToArray();
        for (int tx = 0; tx < dependencies.Length; tx++)
            foreach (int d in dependencies[tx]) _dependents[d].Add(tx);
    }

    public int[][] Dependencies { get; }
    public long[] Weights { get; }

    public static ReferenceGraph Of(IReadOnlyList<Transaction> txs, IStateReader state, bool creditsAreDeltas = false)
    {
        var lastWriter = new Dictionary<Key, int>();
        var lastWholeWrite = new Dictionary<Address, int>();
        var lastStorageWrite = new Dictionary<Address, int>();
        var created = new HashSet<Address>();
        var dependencies = new int[txs.Count][];
        for (int i = 0; i < txs.Count; i++)
        {
            var accesses = Accesses(txs[i], state, created, creditsAreDeltas);
            var found = new SortedSet<int>();
            foreach (var read in accesses.Where(a => a.Reads).Select(a => a.Key))
            {
                if (read.Kind == Kind.Contract)
                {
                    if (lastStorageWrite.TryGetValue(read.Scope, out int any)) found.Add(any);
                    continue;
                }
                if (lastWriter.TryGetValue(read, out int writer)) found.Add(writer);
                if (read.Kind != Kind.Account && lastWholeWrite.TryGetValue(read.Scope, out int whole)) found.Add(whole);
            }
            foreach (var write in accesses.Where(a => a.Writes).Select(a => a.Key))
            {
                if (write.Kind == Kind.Contract) lastWholeWrite[write.Scope] = i;
                else lastWriter[write] = i;
                if (write.Kind != Kind.Account) lastStorageWrite[write.Scope] = i;
            }
            dependencies[i] = found.ToArray();
        }
        return new ReferenceGraph(dependencies, txs.Select(t => Math.Max(0, t.GasLimit)).ToArray());
    }

    public int[] DependentsOf(int tx) => _dependents[tx].ToArray();

    /// <summary>Connected components, numbered in order of their first transaction, members in block order.</summary>
    public List<int[]> Chains()
    {
        var chains = new List<int[]>();
        var seen = new HashSet<int>();
        for (int start = 0; start < Dependencies.Length; start++)
        {
            if (!seen.Add(start)) continue;
            var members = new List<int> { start };
            var todo = new Stack<int>([start]);
            while (todo.TryPop(out int tx))
                foreach (int next in Dependencies[tx].Concat(DependentsOf(tx)))
                    if (seen.Add(next)) { members.Add(next); todo.Push(next); }
            chains.Add(members.Order().ToArray());
        }
        return chains;
    }

    public int CriticalPathLength => Longest(tx => 1).Select(l => (int)l).DefaultIfEmpty(0).Max();
    public long CriticalPathGas => Longest(tx => Weights[tx]).DefaultIfEmpty(0).Max();

    /// <summary>Per transaction, the heaviest path ending in it (edges point back, so block order is a topological order).</summary>
    long[] Longest(Func<int, long> weight)
    {
        var best = new long[Dependencies.Length];
        for (int tx = 0; tx < best.Length; tx++) best[tx] = weight(tx) + Dependencies[tx].Select(d => best[d]).DefaultIfEmpty(0).Max();
        return best;
    }

    static List<Access> Accesses(Transaction tx, IStateReader state, HashSet<Address> created, bool creditsAreDeltas)
    {
        var accesses = new List<Access> { new(Key.Account(tx.Sender), true, true) };
        bool sendsValue = !tx.Value.IsZero;
        if (tx.To is not { } to)
        {
            var contract = ContractAddress.From(tx.Sender, tx.Nonce);
            created.Add(contract);
            accesses.Add(new(Key.Account(contract), true, true));
            accesses.Add(new(Key.Contract(contract), false, true));
        }
        else if (!created.Contains(to) && !HasCode(state, to))
            accesses.Add(new(Key.Account(to), Reads: !sendsValue || !creditsAreDeltas, Writes: sendsValue));
        else
        {
            accesses.Add(new(Key.Account(to), true, sendsValue));
            if (Erc20Call.TryDecode(tx.Data, out var call)) accesses.AddRange(TokenKeys(tx.Sender, to, call));
            else accesses.AddRange([new(Key.Contract(to), true, true), new(Key.Account(to), true, true)]);
        }
        foreach (var item in tx.AccessList)
        {
            accesses.Add(new(Key.Account(item.Address), true, false));
            accesses.AddRange(item.StorageKeys.Select(slot => new Access(new Key(Kind.Storage, item.Address, slot), true, true)));
        }
        foreach (var auth in tx.AuthorizationList)
            if (AuthorizationSignature.TryRecoverAuthority(auth, out var authority))
                accesses.Add(new(Key.Account(authority), true, true));
        return accesses;
    }

    /// <summary>EIP-20: transfer moves two balances, transferFrom an allowance and two balances, approve sets an allowance unread.</summary>
    static IEnumerable<Access> TokenKeys(Address sender, Address token, Erc20Call call)
    {
        Access Moves(Kind kind, Address holder) => new(new Key(kind, token, holder.ToWord()), true, true);
        return call.Function switch
        {
            Erc20Function.Transfer => [Moves(Kind.TokenBalance, sender), Moves(Kind.TokenBalance, call.First)],
            Erc20Function.TransferFrom => [Moves(Kind.TokenAllowance, call.First), Moves(Kind.TokenBalance, call.First), Moves(Kind.TokenBalance, call.Second)],
            Erc20Function.Approve => [new(new Key(Kind.TokenAllowance, token, sender.ToWord()), false, true)],
            _ => [],
        };
    }

    static bool HasCode(IStateReader state, Address address)
    {
        try
        {
            return state.GetAccount(address) is { HasCode: true };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
