using GraphQL;
using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Api.GraphQL.Model;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Resolvers;

/// <summary>The root query fields.</summary>
internal static class QueryResolvers
{
    public const int MaxFirst = 100;

    public static void Register(ResolverMap map)
    {
        map.Field("Query", "node", c => GlobalId.TryParse(c.GetArgument<string>("id"), out var node) ? c.Loaders().Node(node.Value) : null);
        map.Field("Query", "nodes", c => DataLoaderResults.All(c.GetArgument<List<string>>("ids")
            .Select(id => GlobalId.TryParse(id, out var node) ? c.Loaders().Node(node.Value) : DataLoaderResults.Done<object?>(null))));

        map.Field("Query", "study", c => Single(c, NodeKind.Study, id => c.Loaders().Study(id)));
        map.Field("Query", "theme", c => Single(c, NodeKind.Theme, id => c.Loaders().Theme(id)));
        map.Field("Query", "stakeholderGroup", c => Single(c, NodeKind.StakeholderGroup, id => c.Loaders().Group(id)));
        map.Field("Query", "journal", c => Single(c, NodeKind.Journal, id => c.Loaders().Journal(id)));
        map.Field("Query", "author", c => Single(c, NodeKind.Author, id => c.Loaders().Author(id)));

        map.FieldAsync("Query", "studies", Studies);
        map.FieldAsync("Query", "themes", async c =>
        {
            if (c.GetArgument("all", false))
            {
                return await c.Loaders().Store.ListThemesAsync(ThemeListScope.Everything, c.CancellationToken);
            }
            if (IdArguments.Slug(c.GetArgument<string?>("parentId"), NodeKind.Theme, "parentId") is not { } slug)
            {
                return await c.Loaders().Store.ListThemesAsync(ThemeListScope.TopLevel, c.CancellationToken);
            }
            await c.Loaders().WhenKnown(NodeKind.Theme, slug, "parentId", DataLoaderResults.Done(true)).GetResultAsync(c.CancellationToken);
            return await c.Loaders().Store.ListThemesAsync(ThemeListScope.ChildrenOf(slug), c.CancellationToken);
        });
        map.FieldAsync("Query", "stakeholderGroups", async c => await c.Loaders().Store.ListGroupsAsync(c.CancellationToken));
        map.FieldAsync("Query", "journals", async c => await c.Loaders().Store.ListJournalsAsync(c.CancellationToken));
        map.FieldAsync("Query", "authors", async c => await c.Loaders().Store.ListAuthorsAsync(c.CancellationToken));
        map.FieldAsync("Query", "methods", async c => await c.Loaders().Store.ListMethodsAsync(MethodKindValues.Parse(c.GetArgument<string?>("kind")), c.CancellationToken));
        map.FieldAsync("Query", "settings", async c => await c.Loaders().Store.ListSettingsAsync(c.CancellationToken));

        map.FieldAsync("Query", "search", async c =>
        {
            var text = c.GetArgument<string>("text");
            var first = c.GetArgument("first", 20);
            if (first is < 1 or > MaxFirst)
            {
                throw FieldErrors.InvalidArgument("first", $"must be between 1 and {MaxFirst}, got {first}");
            }
            if (!text.Any(char.IsLetterOrDigit))
            {
                throw FieldErrors.InvalidArgument("text", "must contain at least one word");
            }
            // The store reads the texts snippets come from only when a snippet is asked for (under any alias).
            var withSnippets = c.SubFields is not { } fields || fields.Values.Any(f => f.FieldType.Name == "snippet");
            return await c.Loaders().Store.SearchAsync(text, first, withSnippets, c.CancellationToken);
        });

        map.FieldAsync("Query", "evidenceMap", async c =>
        {
            var themes = IdArguments.Slugs(c.List("themeIds"), NodeKind.Theme, "themeIds");
            var groups = IdArguments.Slugs(c.List("groupIds"), NodeKind.StakeholderGroup, "groupIds");
            await c.Loaders().RequireKnownAsync(NodeKind.Theme, themes, "themeIds", c.CancellationToken);
            await c.Loaders().RequireKnownAsync(NodeKind.StakeholderGroup, groups, "groupIds", c.CancellationToken);
            return new EvidenceMapView(await c.Loaders().Store.EvidenceMapAsync(themes, groups, c.CancellationToken));
        });

        map.FieldAsync("Query", "themeCooccurrence", async c =>
        {
            var first = c.GetArgument("first", 50);
            if (first is < 0 or > MaxFirst)
            {
                throw FieldErrors.InvalidArgument("first", $"must be between 0 and {MaxFirst}, got {first}");
            }
            return await c.Loaders().Store.ThemeCooccurrenceAsync(c.GetArgument("minSharedStudies", 1), first, c.CancellationToken);
        });

        map.FieldAsync("Query", "paths", async c =>
        {
            var maxHops = c.GetArgument("maxHops", 4);
            var first = c.GetArgument("first", 5);
            if (maxHops is < 1 or > 6)
            {
                throw FieldErrors.InvalidArgument("maxHops", $"must be between 1 and 6, got {maxHops}");
            }
            if (first is < 0 or > MaxFirst)
            {
                throw FieldErrors.InvalidArgument("first", $"must be between 0 and {MaxFirst}, got {first}");
            }
            if (!GlobalId.TryParse(c.GetArgument<string>("fromId"), out var from) || !GlobalId.TryParse(c.GetArgument<string>("toId"), out var to))
            {
                return Array.Empty<GraphPathResult>();
            }
            return await c.Loaders().Store.PathsAsync(from.Value, to.Value, maxHops, first, c.CancellationToken);
        });

        map.FieldAsync("Query", "stats", async c => await c.Loaders().Store.StatsAsync(c.CancellationToken));
    }

    private static object? Single<T>(IResolveFieldContext context, NodeKind kind, Func<string, T> load) =>
        GlobalId.SlugOrGlobalId(context.GetArgument<string>("id"), kind) is { } slug ? load(slug) : null;

    private static async Task<object?> Studies(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", 20);
        if (first is < 0 or > MaxFirst)
        {
            throw FieldErrors.InvalidArgument("first", $"must be between 0 and {MaxFirst}, got {first}");
        }
        var order = StudyOrderValues.Parse(context.GetArgument("orderBy", "YEAR_DESC"));
        StudyCursor? after = null;
        if (context.GetArgument<string?>("after") is { } text)
        {
            if (!StudyCursorCodec.TryDecode(text, out after))
            {
                throw FieldErrors.InvalidArgument("after", "is not a cursor this service issued");
            }
            if (after!.Order != order)
            {
                throw FieldErrors.InvalidArgument("after", $"was issued for orderBy {StudyOrderValues.Format(after.Order)}, not {StudyOrderValues.Format(order)}");
            }
        }
        var filter = StudyFilterArgument.Parse(context.GetArgument<Dictionary<string, object?>?>("where"));
        await StudyFilterArgument.RequireKnownAsync(filter, context.Loaders(), context.CancellationToken);
        var page = await context.Loaders().Store.QueryStudiesAsync(
            new StudyQuery(filter, order, first, after, IncludeTotalCount: context.Selects("totalCount")), context.CancellationToken);
        return new StudyConnectionView(page);
    }
}
