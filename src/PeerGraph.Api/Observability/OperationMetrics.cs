using System.Diagnostics;
using GraphQL;
using GraphQL.DI;

namespace PeerGraph.Api.Observability;

/// <summary>Times every GraphQL operation, outermost in GraphQL.NET's execution pipeline (<see cref="IConfigureExecution"/>).</summary>
public sealed class OperationMetrics(PeerGraphMetrics metrics) : IConfigureExecution
{
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await next(options);
        var outcome = !result.Executed ? "refused" : result.Errors is { Count: > 0 } ? "field_errors" : "ok";
        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        metrics.RecordOperation(type, outcome, Stopwatch.GetElapsedTime(start));
        return result;
    }
}
