using ParallelEvm.State;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>
/// The dependencies a block really has, found independently of the graph: execute it serially, record every account
/// and slot each transaction reads, and link the read to the nearest earlier transaction that wrote it (a wipe of the
/// account's storage counts as a write of every slot). Fees are deferred, as in the engine, so the coinbase credit is no write.
/// </summary>
static class SerialConflicts
{
    public static HashSet<(int Tx, int Dependency)> Of(Workload w) => Of(w.Txs, w.Env, w.Rules, w.PreState);

    public static HashSet<(int Tx, int Dependency)> Of(IReadOnlyList<Transaction> txs, BlockEnv env, ForkRules rules, IStateReader preState)
    {
        var state = new DiffOverlay(preState);
        var reader = new RecordingReader(state);
        var processor = new TransactionProcessor(rules) { DefersCoinbasePayment = true };
        var lastWriter = new Dictionary<MvKey, int>();
        var lastWipe = new Dictionary<Address, int>();
        var edges = new HashSet<(int, int)>();
        for (int tx = 0; tx < txs.Count; tx++)
        {
            reader.Reads.Clear();
            var result = processor.Execute(txs[tx], env, reader);
            foreach (var read in reader.Reads)
            {
                int writer = lastWriter.GetValueOrDefault(read, -1);
                if (read.Kind == MvKeyKind.Storage) writer = Math.Max(writer, lastWipe.GetValueOrDefault(read.Address, -1));
                if (writer >= 0) edges.Add((tx, writer));
            }
            foreach (var (address, change) in result.Changes.Accounts)
            {
                if (change.AccountChanged) lastWriter[MvKey.Account(address)] = tx;
                if (change.StorageCleared) lastWipe[address] = tx;
                foreach (var slot in change.Storage.Keys) lastWriter[MvKey.Storage(address, slot)] = tx;
            }
            state.Apply(result.Changes);
        }
        return edges;
    }

    sealed class RecordingReader(IStateReader inner) : IStateReader
    {
        public HashSet<MvKey> Reads { get; } = new();

        public Account? GetAccount(Address address)
        {
            Reads.Add(MvKey.Account(address));
            return inner.GetAccount(address);
        }

        public byte[] GetCode(Hash256 codeHash) => inner.GetCode(codeHash);

        public UInt256 GetStorage(Address address, in UInt256 slot)
        {
            Reads.Add(MvKey.Storage(address, slot));
            return inner.GetStorage(address, slot);
        }

        public bool HasStorage(Address address) => inner.HasStorage(address);
    }
}
