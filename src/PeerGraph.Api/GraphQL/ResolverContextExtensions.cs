using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.GraphQL.Loading;

namespace PeerGraph.Api.GraphQL;

internal static class ResolverContextExtensions
{
    /// <summary>The batch loaders of this request: from its <see cref="PeerGraphUserContext"/>, else its scoped services.</summary>
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.UserContext is PeerGraphUserContext user ? user.Loaders :
        (context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices must be the request's services"))
        .GetRequiredService<GraphLoaders>();

    public static T Source<T>(this IResolveFieldContext context) => (T)context.Source!;

    /// <summary>True when the field's selection set selects <paramref name="fieldName"/> (through fragments too).</summary>
    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == fieldName) ?? false;
}
