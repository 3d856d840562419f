namespace ParallelEvm.Actors.Engine;

/// <summary>
/// Thrown out of the EVM when a read hits an ESTIMATE: the transaction must wait for <see cref="BlockingTx"/>.
/// One instance per executor is reused, so suspending allocates nothing.
/// </summary>
sealed class EstimateReadException : Exception
{
    public int BlockingTx { get; private set; }

    public EstimateReadException() : base("read an ESTIMATE") { }

    public EstimateReadException For(int blockingTx)
    {
        BlockingTx = blockingTx;
        return this;
    }
}
