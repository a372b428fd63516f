using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace PeerGraph.Api.Execution;

/// <summary>
/// Plugs <see cref="DocumentCache"/> into GraphQL.NET's execution (<see cref="IConfigureExecution"/>): a known document
/// skips parsing, a document that passed validation before skips the (document-only) validation rules too.
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
        var entry = cache.Get(query);
        if (entry is not null)
        {
            options.Document = entry.Document;
            if (entry.Validated)
            {
                // Validation passed before; only a failed operation selection is left to report, through the cached-document
                // rules. When the selection succeeds no rule runs at all (any rule makes GraphQL.NET walk the whole document).
                options.ValidationRules = OperationSelection.Select(entry.Document, options.OperationName) is not null
                    ? Array.Empty<IValidationRule>()
                    : options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
                return await next(options);
            }
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            cache.Set(query, document, validated: true);
        }
        return result;
    }
}
