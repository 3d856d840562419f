namespace ParallelEvm.Stress.Framework;

/// <summary>
/// What a scenario or a step answers (NBomber's shape): ok or fail, a status code that the reports count, a message
/// and the bytes it moved. A step may carry a payload for the next step in <see cref="Response{T}"/>.
/// </summary>
public class Response
{
    protected Response(bool isError, string statusCode, string message, long sizeBytes)
    {
        IsError = isError;
        StatusCode = statusCode;
        Message = message;
        SizeBytes = sizeBytes;
    }

    public bool IsError { get; }
    public string StatusCode { get; }
    public string Message { get; }
    public long SizeBytes { get; }

    public static Response Ok(string statusCode = "ok", long sizeBytes = 0, string message = "") =>
        new(false, statusCode, message, sizeBytes);

    public static Response<T> Ok<T>(T payload, string statusCode = "ok", long sizeBytes = 0, string message = "") =>
        new(payload, false, statusCode, message, sizeBytes);

    public static Response Fail(string statusCode = "fail", string message = "", long sizeBytes = 0) =>
        new(true, statusCode, message, sizeBytes);

    public static Response<T> Fail<T>(string statusCode = "fail", string message = "", long sizeBytes = 0) =>
        new(default, true, statusCode, message, sizeBytes);

    public override string ToString() => $"{(IsError ? "fail" : "ok")} {StatusCode}{(Message.Length > 0 ? ": " + Message : "")}";
}

/// <summary>A response with a payload (a failed one has none).</summary>
public sealed class Response<T> : Response
{
    internal Response(T? payload, bool isError, string statusCode, string message, long sizeBytes)
        : base(isError, statusCode, message, sizeBytes) => Payload = payload;

    public T? Payload { get; }
}
