using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerGraph.Api.GraphQL;
using PeerGraph.Api.GraphQL.Conformance;
using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Execution;

/// <summary>
/// How every GraphQL request is executed, whoever sends it (<see cref="IConfigureExecution"/>, registered on GraphQL.NET's
/// builder): the validation rules and limits, the time limit, the user context with the request's batch loaders,
/// one read scope of the store, and what a client sees of an unexpected error.
/// </summary>
public sealed class ExecutionSettings : IConfigureExecution
{
    private readonly GraphQLLimitsOptions _limits;
    private readonly IGraphStore _store;
    private readonly IHttpContextAccessor _http;
    private readonly ILogger<ExecutionSettings> _logger;
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _requestDependentRules;
    private readonly Func<UnhandledExceptionContext, Task> _reportUnhandled;

    public ExecutionSettings(IOptions<GraphQLLimitsOptions> limits, IGraphStore store, IHttpContextAccessor http, ILogger<ExecutionSettings> logger)
    {
        _limits = limits.Value;
        _store = store;
        _http = http;
        _logger = logger;
        // Depth and complexity follow @skip/@include and `first`, whose values may come from variables: they are
        // checked on every request, the cached document's too. The time check runs first so it sees every node.
        _requestDependentRules = [TimeLimitRule.Instance, new ComplexityValidationRule(ComplexityLimits.Create(_limits))];
        _reportUnhandled = ReportUnhandled;
        _rules =
        [
            TimeLimitRule.Instance,
            .. SpecConformance.ValidationRules,
            new AliasLimitRule(_limits.MaxAliases),
            .. _limits.Introspection ? Array.Empty<IValidationRule>() : [NoIntrospectionValidationRule.Instance],
            _requestDependentRules[1],
        ];
    }

    /// <summary>With GraphQL.NET's own option settings, before the document cache.</summary>
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.ValidationRules = _rules;
        options.CachedDocumentValidationRules = _requestDependentRules;
        options.Timeout = _limits.RequestTimeout;
        options.TimeoutAction = TimeoutAction.ThrowTimeoutException;
        if (options.RequestServices is { } services)
        {
            options.UserContext = new PeerGraphUserContext(services.GetRequiredService<GraphLoaders>());
        }
        options.UnhandledExceptionDelegate = _reportUnhandled;

        // One read of the store per request: kept answers are checked for writes once, not once per store call.
        using var readScope = _store.OpenReadScope();
        try
        {
            return await next(options);
        }
        catch (TimeoutException)
        {
            // Execution began (or may have) and could not finish: data is null (GraphQL spec 7.1.2).
            return new ExecutionResult(new TimeoutError(
                $"The request took longer than {_limits.RequestTimeout.TotalSeconds:0.###} s, the most this endpoint allows (PeerGraph:GraphQL:RequestTimeout); it was cancelled."))
            {
                Executed = true,
            };
        }
    }

    /// <summary>Logs an unexpected error with a correlation id and shows the client only that id.</summary>
    private Task ReportUnhandled(UnhandledExceptionContext context)
    {
        var correlationId = CorrelationId();
        _logger.LogError(context.OriginalException, "Unhandled error in GraphQL field {Path}; correlation id {CorrelationId}",
            context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)", correlationId);
        context.Exception = new InternalServerError(correlationId);
        return Task.CompletedTask;
    }

    private string CorrelationId() =>
        _http.HttpContext?.TraceIdentifier ?? System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
}
