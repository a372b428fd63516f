using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>The StudyFilter input (global IDs) as the store's filter (slugs).</summary>
internal static class StudyFilterArgument
{
    public static StudyFilter Parse(Dictionary<string, object?>? where)
    {
        if (where is null)
        {
            return StudyFilter.None;
        }
        T? Get<T>(string name) => where.TryGetValue(name, out var value) && value is T typed ? typed : default;
        IReadOnlyList<string>? Ids(string name, NodeKind kind) => IdArguments.Slugs(Get<IEnumerable<object?>>(name), kind);
        return new StudyFilter(
            Text: Get<string>("text"),
            YearFrom: where.TryGetValue("yearFrom", out var from) ? (int?)from : null,
            YearTo: where.TryGetValue("yearTo", out var to) ? (int?)to : null,
            ThemeIds: Ids("themeIds", NodeKind.Theme),
            ParticipantGroupIds: Ids("participantGroupIds", NodeKind.StakeholderGroup),
            PerspectiveIds: Ids("perspectiveIds", NodeKind.StakeholderGroup),
            MethodIds: Ids("methodIds", NodeKind.Method),
            JournalId: IdArguments.FilterSlug(Get<string>("journalId"), NodeKind.Journal),
            Doi: Get<string>("doi"));
    }
}
