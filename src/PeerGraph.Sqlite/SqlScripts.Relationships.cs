namespace PeerGraph.Sqlite;

/// <summary>The statements of SqliteGraphStore.Relationships.cs: each returns rows (parent id, record) for the parents in $ids.</summary>
internal static partial class SqlScripts
{
    public static string AuthorsOfStudies { get; } = Read("AuthorsOfStudies.sql");
    public static string MethodsOfStudies { get; } = Read("MethodsOfStudies.sql");
    public static string SettingsOfStudies { get; } = Read("SettingsOfStudies.sql");
    public static string ParticipantsOfStudies { get; } = Read("ParticipantsOfStudies.sql");
    public static string FindingsOfStudies { get; } = Read("FindingsOfStudies.sql");
    public static string ThemesOfStudies { get; } = Read("ThemesOfStudies.sql");

    public static string ChildrenOfThemes { get; } = Read("ChildrenOfThemes.sql");
    public static string FindingsOfThemes { get; } = Read("FindingsOfThemes.sql");
    public static string StudiesOfThemes { get; } = Read("StudiesOfThemes.sql");
    public static string StudyCountsOfThemes { get; } = Read("StudyCountsOfThemes.sql");
    public static string PerspectivesOfThemes { get; } = Read("PerspectivesOfThemes.sql");

    public static string StudiesSamplingGroups { get; } = Read("StudiesSamplingGroups.sql");
    public static string FindingsFromGroups { get; } = Read("FindingsFromGroups.sql");
    public static string ThemesOfGroups { get; } = Read("ThemesOfGroups.sql");

    public static string StudiesOfJournals { get; } = Read("StudiesOfJournals.sql");
    public static string StudiesOfAuthors { get; } = Read("StudiesOfAuthors.sql");
    public static string StudiesOfMethods { get; } = Read("StudiesOfMethods.sql");
    public static string StudiesOfSettings { get; } = Read("StudiesOfSettings.sql");
}
