namespace ParallelEvm.Stress.Framework;

/// <summary>Where scenarios start (NBomber's <c>Scenario.Create</c>).</summary>
public static class Scenario
{
    /// <summary>
    /// A scenario named <paramref name="name"/> that runs <paramref name="run"/> once per invocation; by default one
    /// copy for a minute after a 3-second warm-up (change it with the <c>With…</c> methods).
    /// </summary>
    public static ScenarioProps Create(string name, Func<ScenarioContext, Task<Response>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        return new ScenarioProps(name, run);
    }
}
