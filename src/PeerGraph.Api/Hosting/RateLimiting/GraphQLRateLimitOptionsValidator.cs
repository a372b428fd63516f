using Microsoft.Extensions.Options;

namespace PeerGraph.Api.Hosting.RateLimiting;

/// <summary>Checks both limits at start, naming the key of the first bad value.</summary>
public sealed class GraphQLRateLimitOptionsValidator : IValidateOptions<GraphQLRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLRateLimitOptions options) =>
        (options.Mutations.Problem(GraphQLRateLimitOptions.Section + ":Mutations") ?? options.Queries.Problem(GraphQLRateLimitOptions.Section + ":Queries")) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
}
