using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Neo4j.Store;

/// <summary>The <c>$rows</c> parameters of the Write/Merge*.cypher statements, built from seed records (shared by the store and the Cypher export).</summary>
public static class Neo4jSeedRows
{
    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    public static Dictionary<string, int> SettingOrdinals(SeedGraph seed) =>
        seed.Studies.SelectMany(s => s.Settings).Select(s => s.Id).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);

    public static object[] Groups(SeedGraph seed) =>
        seed.Groups.Select((g, i) => (object)Row(("id", g.Id), ("name", g.Name), ("description", g.Description), ("synonyms", g.Synonyms), ("ordinal", i))).ToArray();

    public static object[] Themes(SeedGraph seed) =>
        seed.Themes.Select((t, i) => (object)Row(("id", t.Id), ("name", t.Name), ("description", t.Description), ("ordinal", i))).ToArray();

    public static object[] ThemeParents(SeedGraph seed) =>
        seed.Themes.Where(t => t.ParentId is not null).Select(t => (object)Row(("id", t.Id), ("parentId", t.ParentId))).ToArray();

    public static object[] Methods(SeedGraph seed) =>
        seed.Methods.Select((m, i) => (object)Row(("id", m.Id), ("name", m.Name), ("kind", m.Kind == MethodKind.DataCollection ? "DATA_COLLECTION" : "ANALYSIS"), ("ordinal", i))).ToArray();

    public static object[] Studies(IReadOnlyList<StudyRecord> studies, Func<string, int> settingOrdinal) => studies.Select(s => (object)Row(
        ("id", s.Id),
        ("properties", Row(
            ("title", s.Title), ("titleSort", s.Title.ToLowerInvariant()), ("titleIsDerived", s.TitleIsDerived), ("abstract", s.Abstract), ("year", s.Year),
            ("publishedOn", s.PublishedOn), ("doi", s.Doi), ("doiKey", s.Doi?.ToLowerInvariant()), ("url", s.Url), ("volume", s.Volume), ("issue", s.Issue),
            ("pages", s.Pages), ("design", s.Design), ("location", s.Location), ("dataCollectedFrom", s.DataCollectedFrom), ("dataCollectedTo", s.DataCollectedTo),
            ("keywords", s.Keywords), ("keywordText", string.Join(' ', s.Keywords)), ("citationCount", s.CitationCount), ("sourceFile", s.Source.File),
            ("sourceKind", s.Source.Kind), ("themeCount", s.Findings.Select(f => f.ThemeId).Distinct().Count()))),
        ("journals", s.Journal is { } j ? new object[] { Row(("id", Slug.From(j.Name)), ("name", j.Name), ("issn", j.Issn), ("publisher", j.Publisher)) } : []),
        ("authors", s.Authors.Select((a, i) => (object)Row(("id", Slug.From(a)), ("name", a), ("position", i))).ToArray()),
        ("methods", s.MethodIds.Select((m, i) => (object)Row(("id", m), ("ordinal", i))).ToArray()),
        ("settings", s.Settings.Select((x, i) => (object)Row(("id", x.Id), ("name", x.Name), ("description", x.Description), ("ordinal", settingOrdinal(x.Id)), ("position", i))).ToArray()),
        ("participants", s.Participants.Select((p, i) => (object)Row(("groupId", p.GroupId), ("count", p.Count), ("note", p.Note), ("ordinal", i))).ToArray()))).ToArray();

    public static List<object> Findings(IReadOnlyList<StudyRecord> studies) => studies.SelectMany(s => s.Findings.Select((f, i) => (object)Row(
        ("id", f.Id), ("studyId", s.Id), ("themeId", f.ThemeId), ("statement", f.Statement), ("evidence", f.Evidence), ("ordinal", i),
        ("perspectives", f.PerspectiveIds.Select((g, k) => (object)Row(("id", g), ("ordinal", k))).ToArray()),
        ("about", f.AboutIds.Select((g, k) => (object)Row(("id", g), ("ordinal", k))).ToArray())))).ToList();
}
