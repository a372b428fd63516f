namespace PeerGraph.Sqlite;

internal static partial class SqlScripts
{
    public static string SearchDocuments { get; } = Read("SearchDocuments.sql");
    public static string SearchDocumentsOfStudy { get; } = Read("SearchDocumentsOfStudy.sql");
    public static string SearchDocumentOfStudy { get; } = Read("SearchDocumentOfStudy.sql");
    public static string SearchDocumentOfTheme { get; } = Read("SearchDocumentOfTheme.sql");
    public static string SearchTextsByKeys { get; } = Read("SearchTextsByKeys.sql");
}
