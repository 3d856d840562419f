using ParallelEvm.State;
using ParallelEvm.Vm;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// A <see cref="BlockExecutionResult"/> in RLP: <c>[error?, failedTx?, [txResult…], diff, counters]</c> with
/// <c>txResult = [status, error?, gasUsed, [log…], output, contractAddress?, blobGasUsed, coinbaseFee]</c>, logs as in
/// receipts (yellow paper §4.4.1), the diff as <see cref="StateDiffCodec"/> writes it. Per-transaction write sets stay
/// on the node: the block diff is what a caller applies.
/// </summary>
public static class BlockResultCodec
{
    /// <summary>Bound on any error text read back, so a hostile reply cannot make the reader allocate much.</summary>
    public const int MaxErrorBytes = 64 * 1024;

    const int MaxTopics = 4; // LOG0..LOG4

    public static void Write(RlpWriter w, BlockExecutionResult result)
    {
        w.StartList();
        w.WriteOptionalText(result.Error);
        w.WriteOptionalULong(result.FailedTransaction is { } index ? (ulong)index : null);
        w.StartList();
        foreach (var tx in result.Results) WriteTransaction(w, tx);
        w.EndList();
        StateDiffCodec.Write(w, result.Diff);
        WriteCounters(w, result.Counters);
        w.EndList();
    }

    /// <exception cref="RlpException">Malformed RLP or a field out of range; names the offset.</exception>
    public static BlockExecutionResult Read(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var error = r.ReadOptionalText(MaxErrorBytes);
        int at = r.Position;
        var failed = r.ReadOptionalULong();
        if (failed > int.MaxValue) throw new RlpException($"failed transaction index {failed} is too large", at);
        var txList = r.ReadList();
        var results = new List<TransactionResult>();
        while (!txList.IsEnd) results.Add(ReadTransaction(ref txList));
        var diff = StateDiffCodec.Read(ref r);
        var counters = ReadCounters(ref r);
        r.EnsureEnd();
        return new BlockExecutionResult(results, diff, counters, error) { FailedTransaction = (int?)failed };
    }

    static void WriteTransaction(RlpWriter w, TransactionResult tx)
    {
        w.StartList();
        w.WriteULong((ulong)tx.Status);
        w.WriteOptionalText(tx.Error);
        w.WriteULong((ulong)tx.GasUsed);
        w.StartList();
        foreach (var log in tx.Logs) w.WriteLog(log);
        w.EndList();
        w.WriteBytes(tx.Output);
        w.WriteOptionalAddress(tx.ContractAddress);
        w.WriteULong(tx.BlobGasUsed);
        w.WriteUInt256(tx.CoinbaseFee);
        w.EndList();
    }

    static TransactionResult ReadTransaction(ref RlpReader outer)
    {
        var r = outer.ReadList();
        int at = r.Position;
        ulong status = r.ReadULong();
        if (status > (ulong)TransactionStatus.Halted) throw new RlpException($"unknown transaction status {status}", at);
        var result = new TransactionResult
        {
            Status = (TransactionStatus)status,
            Error = r.ReadOptionalText(MaxErrorBytes),
            GasUsed = r.ReadNonNegativeLong(),
            Logs = ReadLogs(ref r),
            Output = r.ReadByteArray(),
            ContractAddress = r.ReadOptionalAddress(),
            BlobGasUsed = r.ReadULong(),
            CoinbaseFee = r.ReadUInt256(),
        };
        r.EnsureEnd();
        return result;
    }

    static LogEntry[] ReadLogs(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var logs = new List<LogEntry>();
        while (!r.IsEnd)
        {
            var log = r.ReadList();
            var address = log.ReadAddress();
            var topicList = log.ReadList();
            var topics = new List<Hash256>(MaxTopics);
            while (!topicList.IsEnd)
            {
                if (topics.Count == MaxTopics) throw new RlpException($"a log has more than {MaxTopics} topics", topicList.Position);
                topics.Add(topicList.ReadHash());
            }
            var data = log.ReadByteArray();
            log.EnsureEnd();
            logs.Add(new LogEntry(address, topics.ToArray(), data));
        }
        return logs.ToArray();
    }

    static void WriteCounters(RlpWriter w, EngineCounters c)
    {
        w.StartList();
        w.WriteULong((ulong)c.Executions);
        w.WriteULong((ulong)c.ReExecutions);
        w.WriteULong((ulong)c.Validations);
        w.WriteULong((ulong)c.Aborts);
        w.WriteULong((ulong)c.Suspensions);
        w.WriteULong((ulong)c.ExecutorRestarts);
        w.WriteULong((ulong)c.Messages);
        w.WriteBool(c.FellBackToSerial);
        w.EndList();
    }

    static EngineCounters ReadCounters(ref RlpReader outer)
    {
        var r = outer.ReadList();
        var counters = new EngineCounters
        {
            Executions = r.ReadNonNegativeLong(),
            ReExecutions = r.ReadNonNegativeLong(),
            Validations = r.ReadNonNegativeLong(),
            Aborts = r.ReadNonNegativeLong(),
            Suspensions = r.ReadNonNegativeLong(),
            ExecutorRestarts = r.ReadNonNegativeLong(),
            Messages = r.ReadNonNegativeLong(),
            FellBackToSerial = r.ReadBool(),
        };
        r.EnsureEnd();
        return counters;
    }
}
