using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Breadth first from <paramref name="from"/>, one SQL statement a level over temp tables of the reached nodes and
    /// their predecessors on shortest paths, stopping at the level that reaches <paramref name="to"/>; then the paths are
    /// read back from the predecessor rows (only those on shortest paths to the target).
    /// </summary>
    public async Task<IReadOnlyList<GraphPathResult>> PathsAsync(NodeRef from, NodeRef to, int maxHops, int first, CancellationToken cancellationToken = default)
    {
        if (first <= 0)
        {
            return [];
        }
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ComputePathsAsync(connection, from, to, maxHops, first, cancellationToken);
    }

    private static async Task<IReadOnlyList<GraphPathResult>> ComputePathsAsync(
        ReadSession session, NodeRef from, NodeRef to, int maxHops, int first, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(session, from, cancellationToken) || !await ExistsAsync(session, to, cancellationToken))
        {
            return [];
        }
        if (from == to)
        {
            return [new GraphPathResult([from], [])];
        }
        // The search's own statements run on the connection unprepared: they touch temp tables of this search.
        var connection = session.Connection;
        await using (var setup = SqliteQuery.Command(connection, SqlScripts.PathSearchTables))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var start = SqliteQuery.Command(connection, SqlScripts.PathStartNode, ("$kind", from.Kind.ToString()), ("$id", from.Id)))
        {
            await start.ExecuteNonQueryAsync(cancellationToken);
        }
        var reached = false;
        for (var level = 0; level < maxHops && !reached; level++)
        {
            await using (var expand = SqliteQuery.Command(connection, SqlScripts.PathExpand, ("$d", level)))
            {
                if (await expand.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    break;
                }
            }
            await using (var mark = SqliteQuery.Command(connection, SqlScripts.PathMarkReached, ("$next", level + 1)))
            {
                await mark.ExecuteNonQueryAsync(cancellationToken);
            }
            reached = await SqliteQuery.ScalarAsync(connection, SqlScripts.PathNodeReached, cancellationToken, ("$kind", to.Kind.ToString()), ("$id", to.Id)) == 1;
        }
        if (!reached)
        {
            return [];
        }
        var predecessors = await SqliteQuery.ListAsync(connection, SqlScripts.PathPredecessors,
            r => (Node: Ref(r.GetString(0), r.GetString(1)), Pred: Ref(r.GetString(2), r.GetString(3)), Type: r.GetString(4), Forward: r.GetInt64(5) == 1),
            cancellationToken, ("$kind", to.Kind.ToString()), ("$id", to.Id));
        return ShortestPathWalker.Walk(from, to, predecessors.ToLookup(p => p.Node, p => (p.Pred, p.Type, p.Forward)), first);
    }

    private static NodeRef Ref(string kind, string id) => new(Enum.Parse<NodeKind>(kind), id);

    private static async Task<bool> ExistsAsync(ReadSession connection, NodeRef node, CancellationToken cancellationToken) =>
        await SqliteQuery.ScalarAsync(connection, SqlScripts.NodeExists, cancellationToken, ("$kind", node.Kind.ToString()), ("$id", node.Id)) == 1;
}
