namespace PeerGraph.Sqlite;

/// <summary>The statements of SqliteGraphStore.Questions.cs: the evidence map and theme co-occurrence.</summary>
internal static partial class SqlScripts
{
    public static string EvidenceCells { get; } = Read("EvidenceCells.sql");
    public static string StudiesOfEvidenceCells { get; } = Read("StudiesOfEvidenceCells.sql");
    public static string ThemeCooccurrence { get; } = Read("ThemeCooccurrence.sql");
    public static string SharedStudiesOfThemePairs { get; } = Read("SharedStudiesOfThemePairs.sql");
}
