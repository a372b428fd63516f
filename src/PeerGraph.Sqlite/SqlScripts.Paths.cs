namespace PeerGraph.Sqlite;

/// <summary>The statements of SqliteGraphStore.Paths.cs, in the order a path search runs them.</summary>
internal static partial class SqlScripts
{
    public static string NodeExists { get; } = Read("NodeExists.sql");

    /// <summary>A script (several statements): the search's temp tables, created when missing and emptied.</summary>
    public static string PathSearchTables { get; } = Read("PathSearchTables.sql");
    public static string PathStartNode { get; } = Read("PathStartNode.sql");
    public static string PathExpand { get; } = Read("PathExpand.sql");
    public static string PathMarkReached { get; } = Read("PathMarkReached.sql");
    public static string PathNodeReached { get; } = Read("PathNodeReached.sql");
    public static string PathPredecessors { get; } = Read("PathPredecessors.sql");
}
