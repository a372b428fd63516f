using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PeerGraph.Api.Http;

namespace PeerGraph.Api.Observability;

/// <summary>
/// One structured log line per request, written when the answer is complete: method, path, the GraphQL operation (name
/// and type, when the request was one), the status, the duration and the correlation id that error messages quote.
/// ASP.NET Core's HTTP logging could write such a line, but only with an interceptor for the operation, and it logs
/// headers unless told otherwise; this is shorter.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(http);
            return;
        }
        var start = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(http);
            failed = false;
        }
        finally
        {
            // An exception that escapes becomes a 500 after this middleware, unless the answer had already begun.
            var status = failed && !http.Response.HasStarted ? StatusCodes.Status500InternalServerError : http.Response.StatusCode;
            var operation = http.Features.Get<GraphQLOperationFeature>();
            Answered(logger, http.Request.Method, http.Request.Path.Value ?? "", operation?.OperationName ?? "-", operation?.OperationType ?? "-",
                status, operation?.ErrorCount ?? 0, Stopwatch.GetElapsedTime(start).TotalMilliseconds, http.TraceIdentifier);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Method} {Path} operation {OperationName} ({OperationType}) answered {StatusCode} with {ErrorCount} errors in {DurationMs:0.0} ms; correlation id {CorrelationId}")]
    private static partial void Answered(ILogger logger, string method, string path, string operationName, string operationType,
        int statusCode, int errorCount, double durationMs, string correlationId);
}
