using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace PeerGraph.Api.Execution;

/// <summary>
/// Plugs <see cref="DocumentCache"/> into GraphQL.NET's execution (<see cref="IConfigureExecution"/>): a known document
/// skips parsing, and a document that passed validation before with the same operation skips validation.
/// </summary>
public sealed class DocumentCacheExecution(DocumentCache cache) : IConfigureExecution
{
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
                // This document passed validation before with this operation (so the operation is also selectable).
                options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
                return await next(options);
            }
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            cache.Set(query, options.OperationName, document, validated: true);
        }
        return result;
    }
}
