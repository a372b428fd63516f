using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerGraph.Api.Hosting.Cors;

namespace PeerGraph.Api.Http;

public static class GraphQLEndpointExtensions
{
    /// <summary>The methods /graphql answers; any other gets routing's 405 with this list as <c>Allow</c>.</summary>
    public const string AllowedMethods = "GET, POST, OPTIONS";

    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/>: GET and POST, and OPTIONS (204 with <c>Allow</c>, or the CORS
    /// preflight answer when CORS is configured: see <see cref="GraphQLCorsOptions"/>).
    /// </summary>
    public static RouteGroupBuilder MapPeerGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var group = endpoints.MapGroup(pattern);
        group.MapMethods("", [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http));
        group.MapMethods("", [HttpMethods.Options], (HttpContext http) =>
        {
            http.Response.Headers.Allow = AllowedMethods;
            return Results.NoContent();
        });
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLCorsOptions>>().Value.Enabled)
        {
            group.RequireCors(GraphQLCorsServiceCollectionExtensions.PolicyName);
        }
        return group;
    }
}
