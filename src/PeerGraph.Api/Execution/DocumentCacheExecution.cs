using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace PeerGraph.Api.Execution;

/// <summary>
/// Plugs <see cref="DocumentCache"/> into GraphQL.NET's execution (<see cref="IConfigureExecution"/>): a known document
/// skips parsing, and a document that passed validation before with the same operation runs only the rules that
/// depend on the request (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>: the depth and complexity limits),
/// or none at all when its operation declares no variables or uses them nowhere those limits look
/// (<see cref="LimitsOverVariables"/>): then nothing of the request can change what those rules found the first time.
/// </summary>
public sealed class DocumentCacheExecution(DocumentCache cache) : IConfigureExecution
{
    /// <summary>After <see cref="ExecutionSettings"/>, which sets the rules.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }
        var entry = cache.Get(query, options.OperationName);
        if (entry is not null)
        {
            options.Document = entry.Document;
            if (entry.Validated)
            {
                options.ValidationRules = entry.LimitsIndependentOfVariables
                    ? Array.Empty<IValidationRule>()
                    : options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
                return await next(options);
            }
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            cache.Set(query, options.OperationName, document, validated: true,
                limitsIndependentOfVariables: result.Operation is { } operation && LimitsOverVariables.AreIndependent(document, operation));
        }
        return result;
    }
}
