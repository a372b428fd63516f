using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerGraph.Api.Execution;
using PeerGraph.Api.GraphQL;
using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (our own: GraphQL.NET's server package is not on the feed): reads the request,
/// negotiates the response media type, executes with GraphQL.NET and answers with the spec's status codes.
/// </summary>
public sealed class GraphQLHttpHandler(
    ISchema schema,
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    DocumentCache documentCache,
    IGraphStore store,
    IOptions<GraphQLLimitsOptions> limits,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLRequestReader _reader = new(limits.Value.MaxRequestBodyBytes);
    private readonly global::GraphQL.Validation.IValidationRule[] _rules =
    [
        .. PeerGraph.Api.GraphQL.Conformance.SpecConformance.ValidationRules,
        new global::GraphQL.Validation.Rules.Custom.ComplexityValidationRule(ComplexityLimits.Create(limits.Value)),
        new AliasLimitRule(limits.Value.MaxAliases),
    ];

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"None of the accepted media types is served: ask for {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.");
            return;
        }
        var outcome = await _reader.ReadAsync(http.Request, http.RequestAborted);
        if (outcome.Request is not { } request)
        {
            await WriteErrorAsync(http, mediaType, outcome.Status, outcome.Error!);
            return;
        }
        if (request.Query.Length > limits.Value.MaxDocumentLength)
        {
            await WriteErrorAsync(http, mediaType, mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
                $"The document is {request.Query.Length} characters long, over the limit of {limits.Value.MaxDocumentLength} (PeerGraph:GraphQL:MaxDocumentLength).",
                "DOCUMENT_TOO_LARGE");
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && SelectsMutation(request))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }

        // One read of the store per request: kept answers are checked for writes once, not once per store call.
        using var readScope = store.OpenReadScope();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.User = http.User;
            options.RequestServices = http.RequestServices;
            options.UserContext = new PeerGraphUserContext(http.RequestServices.GetRequiredService<GraphLoaders>());
            options.CancellationToken = http.RequestAborted;
            options.ValidationRules = _rules;
            options.CachedDocumentValidationRules = [];
            options.UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "Unhandled error in GraphQL field {Path}; correlation id {CorrelationId}",
                    context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)", http.TraceIdentifier);
                context.Exception = new InternalServerError(http.TraceIdentifier);
                return Task.CompletedTask;
            };
        });

        // application/graphql-response+json: a request that did not reach execution (syntax or validation errors,
        // no such operation) is a 400; application/json keeps 200 for every well-formed GraphQL response.
        var status = mediaType == GraphQLMediaTypes.GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>Whether the operation the request selects is a mutation (parsed through the document cache).</summary>
    private bool SelectsMutation(GraphQLRequest request)
    {
        GraphQLDocument document;
        if (documentCache.Get(request.Query, request.OperationName) is { } cached)
        {
            document = cached.Document;
        }
        else
        {
            try
            {
                document = GraphQLParser.Parser.Parse(request.Query);
            }
            catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
            {
                return false; // execution reports the syntax error
            }
            documentCache.Set(request.Query, request.OperationName, document, validated: false);
        }
        return OperationSelection.Select(document, request.OperationName)?.Operation == OperationType.Mutation;
    }

    private async Task WriteErrorAsync(HttpContext http, string mediaType, int status, string message, string? code = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var error = new ExecutionError(message);
        if (code is not null)
        {
            error.Code = code;
        }
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error], Executed = false }, http.RequestAborted);
    }
}
