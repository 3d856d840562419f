using System.Diagnostics;

namespace ParallelEvm.Stress.Framework;

/// <summary>A named, separately measured part of a scenario (NBomber's <c>Step.Run</c>).</summary>
public static class Step
{
    /// <summary>
    /// Runs and times <paramref name="run"/>. An exception becomes a failed response with status "exception". A failed
    /// step ends the invocation: the scenario fails with the step's status code and message.
    /// </summary>
    public static async Task<TResponse> Run<TResponse>(string name, ScenarioContext context, Func<Task<TResponse>> run)
        where TResponse : Response
    {
        long start = Stopwatch.GetTimestamp();
        Response response;
        try { response = await run().ConfigureAwait(false); }
        catch (StepFailedException) { throw; }
        catch (Exception ex) { response = Response.Fail("exception", $"{ex.GetType().Name}: {ex.Message}"); }
        context.RecordStep(name, response, Stopwatch.GetElapsedTime(start));
        if (response.IsError) throw new StepFailedException(name, response);
        return (TResponse)response;
    }
}
