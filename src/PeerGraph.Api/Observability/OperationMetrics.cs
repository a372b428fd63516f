using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace PeerGraph.Api.Observability;

/// <summary>
/// Times every GraphQL operation, outermost in GraphQL.NET's execution pipeline (<see cref="IConfigureExecution"/>),
/// while something listens to the histogram (OpenTelemetry, dotnet-counters); otherwise it costs one check a request.
/// </summary>
public sealed class OperationMetrics(PeerGraphMetrics metrics) : IConfigureExecution
{
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (!metrics.OperationsObserved)
        {
            return await next(options);
        }
        var start = Stopwatch.GetTimestamp();
        var result = await next(options);
        var outcome = !result.Executed ? "refused" : result.Errors is { Count: > 0 } ? "field_errors" : "ok";
        var type = result.Operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "unknown",
        };
        metrics.RecordOperation(type, outcome, Stopwatch.GetElapsedTime(start));
        return result;
    }
}
