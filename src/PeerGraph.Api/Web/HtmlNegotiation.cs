using Microsoft.Net.Http.Headers;

namespace PeerGraph.Api.Web;

/// <summary>
/// Whether a GET of the GraphQL endpoint comes from a browser that wants a page: its Accept header names text/html (or
/// application/xhtml+xml) explicitly, at a higher quality than any GraphQL response type it names explicitly. Wildcards
/// do not count, so clients that send <c>*/*</c>, no Accept, or a JSON type keep getting GraphQL responses.
/// </summary>
public static class HtmlNegotiation
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];
    private static readonly string[] GraphQLTypes = ["application/graphql-response+json", "application/json"];

    public static bool PrefersHtml(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return false;
        }
        double ExplicitQuality(string[] types)
        {
            var best = 0.0;
            foreach (var value in accepted)
            {
                if (types.Any(type => string.Equals(value.MediaType.Value, type, StringComparison.OrdinalIgnoreCase)))
                {
                    best = Math.Max(best, value.Quality ?? 1.0);
                }
            }
            return best;
        }
        var html = ExplicitQuality(HtmlTypes);
        return html > 0 && html > ExplicitQuality(GraphQLTypes);
    }
}
