namespace PeerGraph.Sqlite;

/// <summary>The statements of SqliteSchemaMigrator.cs (the migration scripts themselves are Sql/V{n}_*.sql, read by name).</summary>
internal static partial class SqlScripts
{
    public static string UseWalJournal { get; } = Read("UseWalJournal.sql");
    public static string SchemaVersion { get; } = Read("SchemaVersion.sql");
}
