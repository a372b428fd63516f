namespace PeerGraph.Sqlite;

/// <summary>The statements of SqliteGraphStore.Records.cs (records by id, the taxonomy lists) and whether the graph is empty.</summary>
internal static partial class SqlScripts
{
    public static string StudiesByIds { get; } = Read("StudiesByIds.sql");
    public static string FindingsByIds { get; } = Read("FindingsByIds.sql");
    public static string ThemesByIds { get; } = Read("ThemesByIds.sql");
    public static string GroupsByIds { get; } = Read("GroupsByIds.sql");
    public static string JournalsByIds { get; } = Read("JournalsByIds.sql");
    public static string AuthorsByIds { get; } = Read("AuthorsByIds.sql");
    public static string MethodsByIds { get; } = Read("MethodsByIds.sql");
    public static string SettingsByIds { get; } = Read("SettingsByIds.sql");

    public static string ThemesOfParent { get; } = Read("ThemesOfParent.sql");
    public static string AllGroups { get; } = Read("AllGroups.sql");
    public static string AllJournals { get; } = Read("AllJournals.sql");
    public static string AllAuthors { get; } = Read("AllAuthors.sql");
    public static string MethodsOfKind { get; } = Read("MethodsOfKind.sql");
    public static string AllSettings { get; } = Read("AllSettings.sql");

    public static string GraphIsEmpty { get; } = Read("GraphIsEmpty.sql");
}
