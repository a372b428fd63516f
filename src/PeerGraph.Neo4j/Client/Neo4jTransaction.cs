namespace PeerGraph.Neo4j.Client;

/// <summary>
/// An explicit transaction of the Query API: statements with <c>POST .../query/v2/tx/{id}</c>, <c>POST .../commit</c>,
/// rollback with <c>DELETE .../tx/{id}</c> (https://neo4j.com/docs/query-api/current/transactions/). Disposing an
/// uncommitted transaction rolls it back, so a failure, timeout or cancellation never leaves it open on the server.
/// Statements inside it are not retried: a retry could apply part of the work twice.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string _path;
    private readonly string? _affinity;
    private readonly AccessMode _accessMode;
    private bool _completed;

    internal Neo4jTransaction(Neo4jQueryClient client, string path, string? affinity, AccessMode accessMode)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
        _accessMode = accessMode;
    }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        try
        {
            using var request = _client.Request(HttpMethod.Post, _path, _client.Body(statement, parameters, _accessMode), _affinity);
            return await _client.SendAsync(request, cancellationToken);
        }
        catch
        {
            await RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        using var request = _client.Request(HttpMethod.Post, _path + "/commit", new Dictionary<string, object?>(), _affinity);
        _client.Remember(await _client.SendAsync(request, cancellationToken));
        _completed = true;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            return;
        }
        _completed = true;
        try
        {
            using var request = _client.Request(HttpMethod.Delete, _path, null, _affinity);
            await _client.SendAsync(request, cancellationToken);
        }
        catch (Neo4jException)
        {
            // The server rolls a failed transaction back itself and then no longer knows it; nothing is left to undo.
        }
    }

    public async ValueTask DisposeAsync() => await RollbackAsync(CancellationToken.None);
}
