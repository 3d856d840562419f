namespace ParallelEvm.Stress.Framework;

/// <summary>Ends an invocation at its first failed step (as NBomber does); the invocation fails with that step's response.</summary>
sealed class StepFailedException(string stepName, Response response) : Exception($"step '{stepName}' failed: {response}")
{
    public string StepName { get; } = stepName;
    public Response Response { get; } = response;
}
