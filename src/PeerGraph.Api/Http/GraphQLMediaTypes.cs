using Microsoft.Net.Http.Headers;

namespace PeerGraph.Api.Http;

/// <summary>
/// Response media types of the GraphQL-over-HTTP spec and the negotiation of the Accept header: the
/// graphql-response+json type when the client accepts it (preferred on a tie), application/json when the client
/// accepts it, or sends no Accept header, or only wildcards (legacy clients); nothing acceptable otherwise (406).
/// </summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type of an answer in <paramref name="mediaType"/> (one string per type, not one per answer).</summary>
    public static string ContentTypeOf(string mediaType) => mediaType switch
    {
        GraphQLResponseJson => GraphQLResponseJsonUtf8,
        Json => JsonUtf8,
        _ => mediaType + "; charset=utf-8",
    };

    private const string GraphQLResponseJsonUtf8 = GraphQLResponseJson + "; charset=utf-8";
    private const string JsonUtf8 = Json + "; charset=utf-8";

    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        // What most clients send, a single one of the two types, decides without parsing the header (the same answer).
        if (acceptHeaders is { Count: 1 } && acceptHeaders[0] is { } only)
        {
            if (string.Equals(only, Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
            if (string.Equals(only, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }
        }
        if (acceptHeaders is null || acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0)
        {
            return Json;
        }
        double Quality(string type)
        {
            var best = 0.0;
            foreach (var value in accepted)
            {
                var mediaType = value.MediaType.Value ?? "";
                var matches = string.Equals(mediaType, type, StringComparison.OrdinalIgnoreCase) || mediaType == "*/*"
                    || (mediaType.EndsWith("/*", StringComparison.Ordinal) && type.StartsWith(mediaType[..^1], StringComparison.OrdinalIgnoreCase));
                if (matches)
                {
                    best = Math.Max(best, value.Quality ?? 1.0);
                }
            }
            return best;
        }
        var graphql = Quality(GraphQLResponseJson);
        var json = Quality(Json);
        if (graphql <= 0 && json <= 0)
        {
            return null;
        }
        // A wildcard alone keeps legacy clients on application/json.
        var explicitGraphQL = accepted.Any(a => string.Equals(a.MediaType.Value, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase));
        return graphql >= json && explicitGraphQL ? GraphQLResponseJson : json > 0 ? Json : GraphQLResponseJson;
    }
}
