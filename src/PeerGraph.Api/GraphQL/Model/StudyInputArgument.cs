using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>The StudyInput of upsertStudy (already coerced by GraphQL: types and required fields hold) as a StudyRecord.</summary>
internal static class StudyInputArgument
{
    public static StudyRecord Parse(Dictionary<string, object?> input)
    {
        var journal = Object(input, "journal");
        var source = Object(input, "source")!;
        return new StudyRecord(
            String(input, "id")!,
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
            Strings(input, "methodIds"),
            Objects(input, "settings").Select(s => new Setting(String(s, "id")!, String(s, "name")!, String(s, "description"))).ToList(),
            String(input, "location"),
            String(input, "dataCollectedFrom"),
            String(input, "dataCollectedTo"),
            Strings(input, "keywords"),
            input.GetValueOrDefault("citationCount") as int?,
            Objects(input, "participants").Select(p => new ParticipantRecord(String(p, "groupId")!, p.GetValueOrDefault("count") as int?, String(p, "note"))).ToList(),
            Objects(input, "findings").Select(f => new FindingRecord(String(f, "id")!, String(f, "themeId")!, Strings(f, "perspectiveIds"), Strings(f, "aboutIds"),
                String(f, "statement")!, String(f, "evidence"))).ToList(),
            new SourceDocument(String(source, "file")!, String(source, "kind")));
    }

    private static string? String(Dictionary<string, object?> values, string name) => values.GetValueOrDefault(name) as string;

    private static List<string> Strings(Dictionary<string, object?> values, string name) =>
        (values.GetValueOrDefault(name) as IEnumerable<object?>)?.OfType<string>().ToList() ?? [];

    private static Dictionary<string, object?>? Object(Dictionary<string, object?> values, string name) => values.GetValueOrDefault(name) as Dictionary<string, object?>;

    private static IEnumerable<Dictionary<string, object?>> Objects(Dictionary<string, object?> values, string name) =>
        (values.GetValueOrDefault(name) as IEnumerable<object?>)?.OfType<Dictionary<string, object?>>() ?? [];
}
