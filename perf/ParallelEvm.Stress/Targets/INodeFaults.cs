namespace ParallelEvm.Stress.Targets;

/// <summary>A target with nodes that a scenario can make leave (the cluster target).</summary>
public interface INodeFaults
{
    /// <summary>True while more than one executor node is up.</summary>
    bool CanStopNode { get; }

    /// <summary>Makes one executor node leave; returns what happened, for the report.</summary>
    Task<string> StopOneNodeAsync();
}
