namespace PeerGraph.Sqlite;

/// <summary>
/// The statements of SqliteGraphStore.Studies.cs (study pages: the themes a theme filter reaches and the studies each
/// other filter allows) and of SqliteGraphStore.ThemeSets.cs (the studies' sort keys the pages are ordered by).
/// </summary>
internal static partial class SqlScripts
{
    public static string ThemesWithDescendants { get; } = Read("ThemesWithDescendants.sql");
    public static string StudyIdsWithParticipants { get; } = Read("StudyIdsWithParticipants.sql");
    public static string StudyIdsWithPerspectives { get; } = Read("StudyIdsWithPerspectives.sql");
    public static string StudyIdsWithMethods { get; } = Read("StudyIdsWithMethods.sql");
    public static string StudyIdsOfJournal { get; } = Read("StudyIdsOfJournal.sql");
    public static string StudyIdsWithDoi { get; } = Read("StudyIdsWithDoi.sql");

    public static string StudySortKeys { get; } = Read("StudySortKeys.sql");
    public static string StudySortKeysByIds { get; } = Read("StudySortKeysByIds.sql");
}
