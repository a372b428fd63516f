using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite;

/// <summary>The column lists the queries select and how a row becomes a record. Column order matters.</summary>
internal static class SqliteRows
{
    public const string StudyColumns =
        "s.id, s.title, s.title_is_derived, s.abstract, s.year, s.published_on, s.doi, s.url, s.journal_id, s.volume, s.issue, " +
        "s.pages, s.design, s.location, s.data_collected_from, s.data_collected_to, s.keywords, s.citation_count, s.source_file, s.source_kind";

    public const int StudyColumnCount = 20;

    public const string FindingColumns =
        "f.id, f.study_id, f.theme_id, " +
        "(SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_perspective WHERE finding_id = f.id ORDER BY ordinal)), " +
        "(SELECT json_group_array(group_id) FROM (SELECT group_id FROM finding_about WHERE finding_id = f.id ORDER BY ordinal)), " +
        "f.statement, f.evidence";

    public const int FindingColumnCount = 7;

    public const string ThemeColumns = "t.id, t.name, t.description, t.parent_id";
    public const string GroupColumns = "g.id, g.name, g.description, g.synonyms";
    public const string JournalColumns = "j.id, j.name, j.issn, j.publisher";
    public const string AuthorColumns = "a.id, a.name";
    public const string MethodColumns = "m.id, m.name, m.kind";
    public const string SettingColumns = "x.id, x.name, x.description";

    public static Study Study(SqliteDataReader r, int o = 0) => new(
        r.GetString(o),
        r.GetString(o + 1),
        r.GetInt64(o + 2) != 0,
        Text(r, o + 3),
        Int(r, o + 4),
        Text(r, o + 5),
        Text(r, o + 6),
        Text(r, o + 7),
        Text(r, o + 8),
        Text(r, o + 9),
        Text(r, o + 10),
        Text(r, o + 11),
        Text(r, o + 12),
        Text(r, o + 13),
        Text(r, o + 14),
        Text(r, o + 15),
        JsonList.Parse(r.GetString(o + 16)),
        Int(r, o + 17),
        new SourceDocument(r.GetString(o + 18), Text(r, o + 19)));

    public static Finding Finding(SqliteDataReader r, int o = 0) => new(
        r.GetString(o), r.GetString(o + 1), r.GetString(o + 2), JsonList.Parse(r.GetString(o + 3)), JsonList.Parse(r.GetString(o + 4)),
        r.GetString(o + 5), Text(r, o + 6));

    public static Theme Theme(SqliteDataReader r, int o = 0) => new(r.GetString(o), r.GetString(o + 1), Text(r, o + 2), Text(r, o + 3));

    public static StakeholderGroup Group(SqliteDataReader r, int o = 0) =>
        new(r.GetString(o), r.GetString(o + 1), Text(r, o + 2), JsonList.Parse(r.GetString(o + 3)));

    public static Journal Journal(SqliteDataReader r, int o = 0) =>
        new(r.GetString(o), r.GetString(o + 1), JsonList.Parse(r.GetString(o + 2)), Text(r, o + 3));

    public static Author Author(SqliteDataReader r, int o = 0) => new(r.GetString(o), r.GetString(o + 1));

    public static Method Method(SqliteDataReader r, int o = 0) => new(r.GetString(o), r.GetString(o + 1), MethodKindText.Parse(r.GetString(o + 2)));

    public static Setting Setting(SqliteDataReader r, int o = 0) => new(r.GetString(o), r.GetString(o + 1), Text(r, o + 2));

    public static string? Text(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    public static int? Int(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);
}
