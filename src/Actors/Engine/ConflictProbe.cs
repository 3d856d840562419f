using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Adaptive mode's prior knowledge: speculatively executes a prefix of the block against the base state (each
/// transaction on its own, as an optimistic first pass would) and measures how many read a location an earlier
/// one writes. A block that is mostly a dependency chain runs faster serially than under Block-STM, where every
/// transaction would be executed at least twice. A hint only: it never affects results.
/// </summary>
static class ConflictProbe
{
    /// <summary>Share (0..1) of the probed transactions that depend on an earlier probed one.</summary>
    public static double DependentShare(BlockExecutionRequest request, int sampleSize)
    {
        int n = Math.Min(sampleSize, request.Transactions.Count);
        if (n < 2) return 0;
        var processor = new TransactionProcessor(request.Rules) { DefersCoinbasePayment = true };
        var reader = new RecordingReader(request.BaseState, request.Env.Coinbase);
        var written = new HashSet<MvKey>();
        int dependent = 0;
        for (int i = 0; i < n; i++)
        {
            reader.Reads.Clear();
            var result = processor.Execute(request.Transactions[i], request.Env, reader);
            if (reader.Reads.Overlaps(written)) dependent++;
            foreach (var (address, change) in result.Changes.Accounts)
            {
                if (change.AccountChanged) written.Add(MvKey.Account(address));
                foreach (var slot in change.Storage.Keys) written.Add(MvKey.Storage(address, slot));
            }
        }
        return (double)dependent / n;
    }

    /// <summary>Reads the base state and remembers which locations were read (the coinbase is a delta, not a dependency).</summary>
    sealed class RecordingReader(IStateReader inner, Address coinbase) : IStateReader
    {
        public HashSet<MvKey> Reads { get; } = new();

        public Account? GetAccount(Address address)
        {
            if (address != coinbase) Reads.Add(MvKey.Account(address));
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
