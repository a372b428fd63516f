using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private static readonly string PathExpand = SqlScripts.Read("PathExpand.sql");

    private const string PathTables =
        "CREATE TEMP TABLE IF NOT EXISTS path_node (kind TEXT NOT NULL, id TEXT NOT NULL, dist INTEGER NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;" +
        "CREATE TEMP TABLE IF NOT EXISTS path_pred (kind TEXT NOT NULL, id TEXT NOT NULL, dist INTEGER NOT NULL, pred_kind TEXT NOT NULL, " +
        "pred_id TEXT NOT NULL, rel_type TEXT NOT NULL, fwd INTEGER NOT NULL);" +
        "CREATE INDEX IF NOT EXISTS temp.path_pred_by_node ON path_pred (kind, id);" +
        "DELETE FROM temp.path_node; DELETE FROM temp.path_pred;";

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
        await using (var setup = SqliteQuery.Command(connection, PathTables))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var start = SqliteQuery.Command(connection, "INSERT INTO temp.path_node (kind, id, dist) VALUES ($kind, $id, 0)",
            ("$kind", from.Kind.ToString()), ("$id", from.Id)))
        {
            await start.ExecuteNonQueryAsync(cancellationToken);
        }
        var reached = false;
        for (var level = 0; level < maxHops && !reached; level++)
        {
            await using (var expand = SqliteQuery.Command(connection, PathExpand, ("$d", level)))
            {
                if (await expand.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    break;
                }
            }
            await using (var mark = SqliteQuery.Command(connection,
                "INSERT OR IGNORE INTO temp.path_node (kind, id, dist) SELECT kind, id, dist FROM temp.path_pred WHERE dist = $next", ("$next", level + 1)))
            {
                await mark.ExecuteNonQueryAsync(cancellationToken);
            }
            reached = await SqliteQuery.ScalarAsync(connection, "SELECT EXISTS (SELECT 1 FROM temp.path_node WHERE kind = $kind AND id = $id)",
                cancellationToken, ("$kind", to.Kind.ToString()), ("$id", to.Id)) == 1;
        }
        if (!reached)
        {
            return [];
        }
        var predecessors = await SqliteQuery.ListAsync(connection,
            "WITH RECURSIVE back(kind, id) AS (SELECT $kind, $id UNION SELECT p.pred_kind, p.pred_id FROM temp.path_pred p JOIN back b ON p.kind = b.kind AND p.id = b.id) " +
            "SELECT p.kind, p.id, p.pred_kind, p.pred_id, p.rel_type, p.fwd FROM temp.path_pred p JOIN back b ON p.kind = b.kind AND p.id = b.id " +
            "ORDER BY p.kind, p.id, p.pred_kind, p.pred_id, p.rel_type",
            r => (Node: Ref(r.GetString(0), r.GetString(1)), Pred: Ref(r.GetString(2), r.GetString(3)), Type: r.GetString(4), Forward: r.GetInt64(5) == 1),
            cancellationToken, ("$kind", to.Kind.ToString()), ("$id", to.Id));
        return ShortestPathWalker.Walk(from, to, predecessors.ToLookup(p => p.Node, p => (p.Pred, p.Type, p.Forward)), first);
    }

    private static NodeRef Ref(string kind, string id) => new(Enum.Parse<NodeKind>(kind), id);

    private static async Task<bool> ExistsAsync(ReadSession connection, NodeRef node, CancellationToken cancellationToken)
    {
        var sql = node.Kind switch
        {
            NodeKind.Study => "SELECT EXISTS (SELECT 1 FROM study WHERE id = $id)",
            NodeKind.Finding => "SELECT EXISTS (SELECT 1 FROM finding WHERE id = $id)",
            NodeKind.Theme => "SELECT EXISTS (SELECT 1 FROM theme WHERE id = $id)",
            NodeKind.StakeholderGroup => "SELECT EXISTS (SELECT 1 FROM stakeholder_group WHERE id = $id)",
            NodeKind.Journal => "SELECT EXISTS (SELECT 1 FROM journal WHERE id = $id)",
            NodeKind.Author => "SELECT EXISTS (SELECT 1 FROM author WHERE id = $id)",
            NodeKind.Method => "SELECT EXISTS (SELECT 1 FROM method WHERE id = $id)",
            NodeKind.Setting => "SELECT EXISTS (SELECT 1 FROM setting WHERE id = $id)",
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };
        return await SqliteQuery.ScalarAsync(connection, sql, cancellationToken, ("$id", node.Id)) == 1;
    }
}
