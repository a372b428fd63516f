using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite;

/// <summary>
/// How a row becomes a record. Each reader reads, from ordinal <c>o</c>, the columns in the order the statements under
/// Sql/Statements select them (the record's columns as in StudiesByIds.sql, FindingsByIds.sql, ThemesByIds.sql ...).
/// </summary>
internal static class SqliteRows
{
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
