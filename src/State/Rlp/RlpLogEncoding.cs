namespace ParallelEvm.State;

/// <summary>Log entry encoding (yellow paper 4.4.1): [address, [topic, …], data].</summary>
public static class RlpLogEncoding
{
    public static void WriteLog(this RlpWriter writer, LogEntry log)
    {
        writer.StartList();
        writer.WriteAddress(log.Address);
        writer.StartList();
        foreach (var topic in log.Topics) writer.WriteHash(topic);
        writer.EndList();
        writer.WriteBytes(log.Data);
        writer.EndList();
    }
}
