namespace ParallelEvm.Actors;

public enum ExecutionMode
{
    Serial,
    Parallel,
}
