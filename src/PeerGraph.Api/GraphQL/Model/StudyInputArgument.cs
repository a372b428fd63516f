using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>
/// The StudyInput of upsertStudy (already coerced by GraphQL: types and required fields hold) as a StudyRecord. Every ID
/// in it may be a slug or a global ID of its type (<see cref="IdArguments.InputSlug"/>).
/// </summary>
internal static class StudyInputArgument
{
    public static StudyRecord Parse(Dictionary<string, object?> input)
    {
        var journal = Object(input, "journal");
        var source = Object(input, "source")!;
        return new StudyRecord(
            Id(input, "id", NodeKind.Study)!,
            String(input, "title")!,
            input.GetValueOrDefault("titleIsDerived") as bool? ?? false,
            String(input, "abstract"),
            input.GetValueOrDefault("year") as int?,
            String(input, "publishedOn"),
            String(input, "doi"),
            String(input, "url"),
            journal is null ? null : new JournalRecord(String(journal, "name")!, Strings(journal, "issn"), String(journal, "publisher")),
            String(input, "volume"),
            String(input, "issue"),
            String(input, "pages"),
            Strings(input, "authors"),
            String(input, "design"),
            Ids(input, "methodIds", NodeKind.Method),
            Objects(input, "settings").Select(s => new Setting(Id(s, "id", NodeKind.Setting)!, String(s, "name")!, String(s, "description"))).ToList(),
            String(input, "location"),
            String(input, "dataCollectedFrom"),
            String(input, "dataCollectedTo"),
            Strings(input, "keywords"),
            input.GetValueOrDefault("citationCount") as int?,
            Objects(input, "participants").Select(p => new ParticipantRecord(Id(p, "groupId", NodeKind.StakeholderGroup)!, p.GetValueOrDefault("count") as int?, String(p, "note"))).ToList(),
            Objects(input, "findings").Select(f => new FindingRecord(Id(f, "id", NodeKind.Finding)!, Id(f, "themeId", NodeKind.Theme)!,
                Ids(f, "perspectiveIds", NodeKind.StakeholderGroup), Ids(f, "aboutIds", NodeKind.StakeholderGroup),
                String(f, "statement")!, String(f, "evidence"))).ToList(),
            new SourceDocument(String(source, "file")!, String(source, "kind")));
    }

    private static string? String(Dictionary<string, object?> values, string name) => values.GetValueOrDefault(name) as string;

    private static string? Id(Dictionary<string, object?> values, string name, NodeKind kind) =>
        String(values, name) is { } id ? IdArguments.InputSlug(id, kind) : null;

    private static List<string> Ids(Dictionary<string, object?> values, string name, NodeKind kind) =>
        Strings(values, name).Select(id => IdArguments.InputSlug(id, kind)).ToList();

    private static List<string> Strings(Dictionary<string, object?> values, string name) =>
        (values.GetValueOrDefault(name) as IEnumerable<object?>)?.OfType<string>().ToList() ?? [];

    private static Dictionary<string, object?>? Object(Dictionary<string, object?> values, string name) => values.GetValueOrDefault(name) as Dictionary<string, object?>;

    private static IEnumerable<Dictionary<string, object?>> Objects(Dictionary<string, object?> values, string name) =>
        (values.GetValueOrDefault(name) as IEnumerable<object?>)?.OfType<Dictionary<string, object?>>() ?? [];
}
