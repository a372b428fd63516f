using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PeerGraph.Api.Http;

/// <summary>
/// Reads a GraphQL request from GET parameters or a POST application/json body, as the GraphQL-over-HTTP spec
/// describes, or says what is wrong with it (the status code and a message for the GraphQL error body).
/// </summary>
public sealed class GraphQLRequestReader(int maxBodyBytes)
{
    public sealed record Outcome(GraphQLRequest? Request, int Status, string? Error)
    {
        public static Outcome Ok(GraphQLRequest request) => new(request, StatusCodes.Status200OK, null);
        public static Outcome Fail(int status, string error) => new(null, status, error);
    }

    public async Task<Outcome> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadGet(request.Query);
        }
        // A bare "application/json", what most clients send, needs no parsing.
        if (!string.Equals(request.ContentType, "application/json", StringComparison.OrdinalIgnoreCase)
            && CheckContentType(request.ContentType) is { } unsupported)
        {
            return unsupported;
        }
        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge();
        }
        // The body is read from Kestrel's own pooled buffers (the request's PipeReader) and parsed where it lies: no
        // copy of it is made, and nothing is allocated for it per request.
        var reader = request.BodyReader;
        var read = await reader.ReadAsync(cancellationToken);
        while (!read.IsCompleted && !read.IsCanceled)
        {
            if (read.Buffer.Length > maxBodyBytes)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return TooLarge();
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await reader.ReadAsync(cancellationToken);
        }
        var body = read.Buffer;
        try
        {
            if (body.Length > maxBodyBytes)
            {
                return TooLarge();
            }
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(body);
            }
            catch (JsonException e)
            {
                return Outcome.Fail(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {e.Message}");
            }
            using (json)
            {
                return ReadPost(json.RootElement);
            }
        }
        finally
        {
            reader.AdvanceTo(body.End);
        }
    }

    /// <summary>Why a Content-Type other than a bare application/json is refused, or null when it is application/json in UTF-8.</summary>
    private static Outcome? CheckContentType(string? header)
    {
        if (!MediaTypeHeaderValue.TryParse(header, out var contentType)
            || !string.Equals(contentType.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Fail(StatusCodes.Status415UnsupportedMediaType,
                $"Unsupported Content-Type '{header}': send the request as application/json.");
        }
        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Fail(StatusCodes.Status415UnsupportedMediaType, $"Unsupported charset '{contentType.Charset.Value}': the body must be UTF-8.");
        }
        return null;
    }

    private Outcome TooLarge() =>
        Outcome.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes (PeerGraph:GraphQL:MaxRequestBodyBytes).");

    private static Outcome ReadGet(IQueryCollection query)
    {
        if (query["query"].Count != 1 || string.IsNullOrEmpty(query["query"][0]))
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "A GET request needs exactly one 'query' parameter holding the GraphQL document.");
        }
        var variables = ParseJsonParameter(query, "variables", out var variablesError);
        if (variablesError is not null)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, variablesError);
        }
        var extensions = ParseJsonParameter(query, "extensions", out var extensionsError);
        if (extensionsError is not null)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, extensionsError);
        }
        var operationName = query["operationName"].Count > 0 ? query["operationName"][0] : null;
        return Outcome.Ok(new GraphQLRequest(query["query"][0]!, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions));
    }

    private static Inputs? ParseJsonParameter(IQueryCollection query, string name, out string? error)
    {
        error = null;
        if (query[name].Count == 0 || string.IsNullOrEmpty(query[name][0]))
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(query[name][0]!);
            return ToInputs(json.RootElement, name, out error);
        }
        catch (JsonException)
        {
            error = $"The '{name}' parameter is not valid JSON.";
            return null;
        }
    }

    private static Outcome ReadPost(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The body must be a JSON object with a 'query' string.");
        }
        // An empty string is a document, if not a valid one: the parser reports it (a syntax error at its end, as graphql-js).
        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The body must have a 'query' string holding the GraphQL document.");
        }
        string? operationName = null;
        if (body.TryGetProperty("operationName", out var operation) && operation.ValueKind != JsonValueKind.Null)
        {
            if (operation.ValueKind != JsonValueKind.String)
            {
                return Outcome.Fail(StatusCodes.Status400BadRequest, "'operationName' must be a string or null.");
            }
            operationName = operation.GetString();
        }
        Inputs? variables = null, extensions = null;
        string? error = null;
        if (body.TryGetProperty("variables", out var v))
        {
            variables = ToInputs(v, "variables", out error);
        }
        if (error is null && body.TryGetProperty("extensions", out var x))
        {
            extensions = ToInputs(x, "extensions", out error);
        }
        return error is not null
            ? Outcome.Fail(StatusCodes.Status400BadRequest, error)
            : Outcome.Ok(new GraphQLRequest(query.GetString()!, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions));
    }

    /// <summary>The path of the first key that appears twice in one object (JSON allows it; GraphQL's inputs cannot hold it).</summary>
    private static string? DuplicateKey(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var propertyPath = path + "." + property.Name;
                    if (!seen.Add(property.Name))
                    {
                        return propertyPath;
                    }
                    if (DuplicateKey(property.Value, propertyPath) is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (DuplicateKey(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    // One for the process: a serializer made per request built its JSON metadata again each time, under a lock that
    // every request then queued on (30 % of request time in a profile of distinct searches).
    private static readonly GraphQLSerializer InputsSerializer = new();

    private static Inputs? ToInputs(JsonElement element, string name, out string? error)
    {
        error = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object when DuplicateKey(element, name) is { } path:
                error = $"'{name}' names {path} twice: each key of a JSON object must be unique.";
                return null;
            case JsonValueKind.Object:
                return InputsSerializer.ReadNode<Inputs>(element);
            default:
                error = $"'{name}' must be a JSON object or null.";
                return null;
        }
    }
}
