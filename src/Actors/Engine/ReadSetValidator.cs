using ParallelEvm.State;

namespace ParallelEvm.Actors.Engine;

/// <summary>Block-STM validation (ARCHITECTURE.md §3, invariant 3): does every recorded read still return what it returned?</summary>
static class ReadSetValidator
{
    public static bool IsValid(BlockContext block, int txIndex, ReadSet readSet, int shard)
    {
        foreach (ref readonly var read in readSet.Shard(shard))
        {
            if (read.ByValue)
            {
                var now = block.ReadCoinbase(txIndex, out var account);
                if (now.Status == MvReadStatus.Estimate || account != readSet.CoinbaseValue) return false;
                continue;
            }
            var current = block.Memory.Read(read.Location, txIndex);
            switch (current.Status)
            {
                case MvReadStatus.Estimate: return false;
                case MvReadStatus.NotFound when !read.Version.IsBase: return false;
                case MvReadStatus.Found when current.Version != read.Version: return false;
            }
        }
        return true;
    }
}
