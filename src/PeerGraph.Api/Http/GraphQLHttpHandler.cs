using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PeerGraph.Api.Execution;
using PeerGraph.Api.Hosting.RateLimiting;

namespace PeerGraph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (our own: GraphQL.NET's server package is not on the feed). HTTP only: reads the
/// request, negotiates the response media type, applies the rate limit, hands the request to GraphQL.NET (whose
/// execution settings are in <see cref="ExecutionSettings"/>) and answers with the spec's status codes, within the
/// response size limit.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    RequestedOperations operations,
    GraphQLRateLimiter rateLimiter,
    IOptions<GraphQLLimitsOptions> limits)
{
    private readonly GraphQLRequestReader _reader = new(limits.Value.MaxRequestBodyBytes);

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
        var kind = operations.KindOf(request.Query, request.OperationName);
        var operation = new GraphQLOperationFeature
        {
            OperationName = request.OperationName ?? "(anonymous)",
            OperationType = kind switch
            {
                OperationType.Query => "query",
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "unknown",
            },
        };
        http.Features.Set(operation);
        var isMutation = kind == OperationType.Mutation;
        if (isMutation && HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }
        using var lease = rateLimiter.Acquire(http, isMutation, out var retryAfter);
        if (!lease.IsAcquired)
        {
            var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
            http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteErrorAsync(http, mediaType, StatusCodes.Status429TooManyRequests,
                $"Too many {(isMutation ? "mutations" : "queries")} from this client (PeerGraph:RateLimit:{(isMutation ? "Mutations" : "Queries")}); retry after {seconds} s.",
                "RATE_LIMITED");
            return;
        }

        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.User = http.User;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = http.RequestAborted;
        });

        // application/graphql-response+json: a request that did not reach execution (syntax or validation errors,
        // no such operation) is a 400; application/json keeps 200 for every well-formed GraphQL response.
        operation.ErrorCount = result.Errors?.Count ?? 0;
        var status = mediaType == GraphQLMediaTypes.GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, mediaType, status, result);
    }

    /// <summary>Writes the whole answer or, when it is over the size limit, an error in its place (nothing of it is sent).</summary>
    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        await using var body = new CappedResponseBuffer(limits.Value.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(body, result, http.RequestAborted);
        }
        catch (CappedResponseBuffer.LimitExceededException)
        {
            body.SetLength(0);
            var error = new ExecutionError(
                $"The response is larger than {body.Limit} bytes, the most this endpoint sends (PeerGraph:GraphQL:MaxResponseBytes): ask for fewer fields or smaller pages.")
            {
                Code = "RESPONSE_TOO_LARGE",
            };
            // Execution ran (a mutation's change is stored), but its answer cannot be given: data is null (GraphQL spec 7.1.2).
            await serializer.WriteAsync(body, new ExecutionResult { Errors = [error], Executed = true }, http.RequestAborted);
            status = StatusCodes.Status200OK;
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaTypes.ContentTypeOf(mediaType);
        http.Response.ContentLength = body.Length;
        body.Position = 0;
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private async Task WriteErrorAsync(HttpContext http, string mediaType, int status, string message, string? code = null)
    {
        var error = new ExecutionError(message);
        if (code is not null)
        {
            error.Code = code;
        }
        await WriteAsync(http, mediaType, status, new ExecutionResult { Errors = [error], Executed = false });
    }
}
