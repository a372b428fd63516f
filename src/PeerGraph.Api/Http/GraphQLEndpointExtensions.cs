using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PeerGraph.Api.Http;

public static class GraphQLEndpointExtensions
{
    /// <summary>Serves GraphQL over HTTP at <paramref name="pattern"/>: GET and POST; other methods get 405 with Allow.</summary>
    public static IEndpointConventionBuilder MapPeerGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapMethods(pattern, [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http));
    }
}
