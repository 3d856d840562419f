namespace ParallelEvm.Stress.Blocks;

/// <summary>One prepared input of a scenario: a name for the reports, the payload, and what it must give.</summary>
public sealed record BlockCase(string Name, BlockPayload Payload, Expectation Expected)
{
    public bool ExpectsError => Expected is RejectedBeforeExecution || (Expected is MatchesSerial m && !m.Serial.Succeeded);
}
