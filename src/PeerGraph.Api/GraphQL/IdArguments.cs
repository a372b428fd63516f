using GraphQL;
using PeerGraph.Core.Domain;

namespace PeerGraph.Api.GraphQL;

/// <summary>Global-ID arguments turned into slugs for the store.</summary>
internal static class IdArguments
{
    /// <summary>
    /// For filters: the slug of a global ID of the expected type, or a value no slug can equal when the ID is of another
    /// type, malformed or a bare slug, so the filter matches nothing rather than being dropped. Null when not given.
    /// </summary>
    public static string? FilterSlug(string? globalId, NodeKind kind) =>
        globalId is null ? null : GlobalId.SlugOf(globalId, kind) ?? "\0" + globalId;

    /// <summary>For id lists: the slugs of the IDs of the expected type; others are left out (they match nothing).</summary>
    public static IReadOnlyList<string>? Slugs(IEnumerable<object?>? globalIds, NodeKind kind) =>
        globalIds?.Select(id => GlobalId.SlugOf(id as string, kind)).OfType<string>().ToList();

    public static IReadOnlyList<object?>? List(this IResolveFieldContext context, string name) =>
        context.GetArgument<List<object?>?>(name);
}
