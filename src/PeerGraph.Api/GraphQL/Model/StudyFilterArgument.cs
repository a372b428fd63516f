using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>The StudyFilter input (global IDs or slugs) as the store's filter (slugs); see <see cref="IdArguments"/>.</summary>
internal static class StudyFilterArgument
{
    private const string Where = "where";

    public static StudyFilter Parse(Dictionary<string, object?>? where)
    {
        if (where is null)
        {
            return StudyFilter.None;
        }
        T? Get<T>(string name) => where.TryGetValue(name, out var value) && value is T typed ? typed : default;
        IReadOnlyList<string>? Ids(string name, NodeKind kind) => IdArguments.Slugs(Get<IEnumerable<object?>>(name), kind, $"{Where}.{name}");
        return new StudyFilter(
            Text: Get<string>("text"),
            YearFrom: where.TryGetValue("yearFrom", out var from) ? (int?)from : null,
            YearTo: where.TryGetValue("yearTo", out var to) ? (int?)to : null,
            ThemeIds: Ids("themeIds", NodeKind.Theme),
            ParticipantGroupIds: Ids("participantGroupIds", NodeKind.StakeholderGroup),
            PerspectiveIds: Ids("perspectiveIds", NodeKind.StakeholderGroup),
            MethodIds: Ids("methodIds", NodeKind.Method),
            JournalId: IdArguments.Slug(Get<string>("journalId"), NodeKind.Journal, $"{Where}.journalId"),
            Doi: Get<string>("doi"));
    }

    /// <summary>A field error naming the first ID of the filter that names no stored record.</summary>
    public static async Task RequireKnownAsync(StudyFilter filter, GraphLoaders loaders, CancellationToken cancellationToken)
    {
        await loaders.RequireKnownAsync(NodeKind.Theme, filter.ThemeIds, $"{Where}.themeIds", cancellationToken);
        await loaders.RequireKnownAsync(NodeKind.StakeholderGroup, filter.ParticipantGroupIds, $"{Where}.participantGroupIds", cancellationToken);
        await loaders.RequireKnownAsync(NodeKind.StakeholderGroup, filter.PerspectiveIds, $"{Where}.perspectiveIds", cancellationToken);
        await loaders.RequireKnownAsync(NodeKind.Method, filter.MethodIds, $"{Where}.methodIds", cancellationToken);
        if (filter.JournalId is { } journal)
        {
            await loaders.WhenKnown(NodeKind.Journal, journal, $"{Where}.journalId", DataLoaderResults.Done(true)).GetResultAsync(cancellationToken);
        }
    }
}
