namespace ParallelEvm.Stress.Targets;

public enum TargetKind
{
    InProcess,
    Node,
    Cluster,
}
