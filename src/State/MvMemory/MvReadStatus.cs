namespace ParallelEvm.State;

public enum MvReadStatus : byte
{
    /// <summary>No lower transaction wrote the location: read the base state.</summary>
    NotFound,
    /// <summary>A lower transaction's current incarnation wrote it.</summary>
    Found,
    /// <summary>The closest lower writer was aborted; its next incarnation will probably write here again (Block-STM ESTIMATE).</summary>
    Estimate,
}

/// <summary>The result of reading a location for a transaction.</summary>
public readonly record struct MvReadResult(MvReadStatus Status, MvVersion Version, MvValue Value);
