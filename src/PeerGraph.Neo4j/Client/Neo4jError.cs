namespace PeerGraph.Neo4j.Client;

/// <summary>One entry of a Query API error response: <c>{"errors": [{"code": "Neo.ClientError...", "message": "..."}]}</c>.</summary>
public sealed record Neo4jError(string Code, string Message)
{
    /// <summary>Neo.ClientError.*: the request is at fault; retrying cannot help.</summary>
    public bool IsClientError => Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);

    /// <summary>
    /// Neo.TransientError.*: retrying may succeed, except a terminated transaction (Neo4j's drivers do not retry
    /// Neo.TransientError.Transaction.Terminated either: someone terminated it on purpose).
    /// </summary>
    public bool IsRetriable => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && Code != "Neo.TransientError.Transaction.Terminated" && Code != "Neo.TransientError.Transaction.LockClientStopped";
}
