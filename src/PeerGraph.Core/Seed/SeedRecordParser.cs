using System.Text.Json;
using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>Turns the JSON of groups, themes, methods and studies into records, reporting shape problems by path.</summary>
internal static class SeedRecordParser
{
    private static readonly HashSet<string> GroupProperties = ["id", "name", "description", "synonyms"];
    private static readonly HashSet<string> ThemeProperties = ["id", "name", "description", "parent"];
    private static readonly HashSet<string> MethodProperties = ["id", "name", "kind"];
    private static readonly HashSet<string> JournalProperties = ["name", "issn", "publisher"];
    private static readonly HashSet<string> SettingProperties = ["id", "name", "description"];
    private static readonly HashSet<string> ParticipantProperties = ["group", "count", "note"];
    private static readonly HashSet<string> FindingProperties = ["id", "theme", "perspectives", "about", "statement", "evidence"];
    private static readonly HashSet<string> SourceProperties = ["file", "kind"];
    private static readonly HashSet<string> StudyProperties =
    [
        "$schema", "id", "title", "titleIsDerived", "abstract", "year", "publishedOn", "doi", "url", "journal", "volume",
        "issue", "pages", "authors", "design", "methods", "settings", "location", "dataCollectedFrom", "dataCollectedTo",
        "keywords", "citationCount", "participants", "findings", "source",
    ];

    public static IEnumerable<Located<T>> List<T>(JsonElement array, string path, ProblemSink problems, Func<JsonElement, string, ProblemSink, T?> parse)
        where T : class
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, $"expected an array, got {JsonObjectReader.Describe(array)}");
            yield break;
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = JsonPathBuilder.Index(path, index++);
            if (parse(item, itemPath, problems) is { } record)
            {
                yield return new Located<T>(record, problems, itemPath);
            }
        }
    }

    public static StakeholderGroup? Group(JsonElement element, string path, ProblemSink problems)
    {
        var reader = JsonObjectReader.For(element, path, problems, GroupProperties);
        return reader is null
            ? null
            : new StakeholderGroup(reader.RequiredString("id"), reader.RequiredString("name"), reader.OptionalString("description"), reader.Strings("synonyms"));
    }

    public static Theme? Theme(JsonElement element, string path, ProblemSink problems)
    {
        var reader = JsonObjectReader.For(element, path, problems, ThemeProperties);
        return reader is null
            ? null
            : new Theme(reader.RequiredString("id"), reader.RequiredString("name"), reader.OptionalString("description"), reader.OptionalString("parent"));
    }

    public static Method? Method(JsonElement element, string path, ProblemSink problems)
    {
        var reader = JsonObjectReader.For(element, path, problems, MethodProperties);
        if (reader is null)
        {
            return null;
        }
        var id = reader.RequiredString("id");
        var name = reader.RequiredString("name");
        var kindText = reader.RequiredString("kind");
        MethodKind kind;
        switch (kindText)
        {
            case "DATA_COLLECTION":
                kind = MethodKind.DataCollection;
                break;
            case "ANALYSIS":
                kind = MethodKind.Analysis;
                break;
            default:
                if (kindText.Length > 0)
                {
                    reader.Problem("kind", $"expected DATA_COLLECTION or ANALYSIS, got '{kindText}'");
                }
                return null;
        }
        return new Method(id, name, kind);
    }

    public static StudyRecord? Study(JsonElement element, string path, ProblemSink problems)
    {
        var reader = JsonObjectReader.For(element, path, problems, StudyProperties);
        if (reader is null)
        {
            return null;
        }
        var id = reader.RequiredString("id");
        var journal = reader.OptionalObject("journal", JournalProperties) is { } j
            ? new JournalRecord(j.RequiredString("name"), j.Strings("issn"), j.OptionalString("publisher"))
            : null;
        var settings = reader.Array("settings")
            .Select(x => JsonObjectReader.For(x.Item, x.Path, problems, SettingProperties))
            .OfType<JsonObjectReader>()
            .Select(s => new Setting(s.RequiredString("id"), s.RequiredString("name"), s.OptionalString("description")))
            .ToList();
        var participants = reader.Array("participants")
            .Select(x => JsonObjectReader.For(x.Item, x.Path, problems, ParticipantProperties))
            .OfType<JsonObjectReader>()
            .Select(p => new ParticipantRecord(p.RequiredString("group"), p.OptionalInt("count"), p.OptionalString("note")))
            .ToList();
        var findings = reader.Array("findings")
            .Select(x => JsonObjectReader.For(x.Item, x.Path, problems, FindingProperties))
            .OfType<JsonObjectReader>()
            .Select(f => new FindingRecord(
                f.RequiredString("id"), f.RequiredString("theme"), f.Strings("perspectives", required: true), f.Strings("about"),
                f.RequiredString("statement"), f.OptionalString("evidence")))
            .ToList();
        var source = reader.RequiredObject("source", SourceProperties) is { } src
            ? new SourceDocument(src.RequiredString("file"), src.OptionalString("kind"))
            : new SourceDocument("", null);
        return new StudyRecord(
            id,
            reader.RequiredString("title"),
            reader.OptionalBool("titleIsDerived"),
            reader.OptionalString("abstract"),
            reader.OptionalInt("year"),
            reader.OptionalString("publishedOn"),
            reader.OptionalString("doi"),
            reader.OptionalString("url"),
            journal,
            reader.OptionalString("volume"),
            reader.OptionalString("issue"),
            reader.OptionalString("pages"),
            reader.Strings("authors"),
            reader.OptionalString("design"),
            reader.Strings("methods"),
            settings,
            reader.OptionalString("location"),
            reader.OptionalString("dataCollectedFrom"),
            reader.OptionalString("dataCollectedTo"),
            reader.Strings("keywords"),
            reader.OptionalInt("citationCount"),
            participants,
            findings,
            source);
    }
}
