namespace ParallelEvm.State;

/// <summary>One LOG record: emitting address, up to four topics, data.</summary>
public sealed record LogEntry(Address Address, Hash256[] Topics, byte[] Data);
