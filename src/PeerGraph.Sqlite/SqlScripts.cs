using System.Reflection;

namespace PeerGraph.Sqlite;

/// <summary>Multi-statement scripts kept as embedded .sql files.</summary>
internal static class SqlScripts
{
    public static string RecomputeRollups { get; } = Read("RecomputeRollups.sql");
    public static string DeleteAll { get; } = Read("DeleteAll.sql");
    public static string DeleteOrphans { get; } = Read("DeleteOrphans.sql");

    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeerGraph.Sqlite.Sql." + name)
            ?? throw new InvalidOperationException($"missing embedded script {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
