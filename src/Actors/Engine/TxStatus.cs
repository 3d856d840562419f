namespace ParallelEvm.Actors.Engine;

/// <summary>Block-STM transaction status (ARCHITECTURE.md §3, invariant 1).</summary>
public enum TxStatus : byte
{
    ReadyToExecute,
    Executing,
    Executed,
    /// <summary>Aborted (validation failed, or suspended on an ESTIMATE) and waiting to run as the next incarnation.</summary>
    Aborting,
}
