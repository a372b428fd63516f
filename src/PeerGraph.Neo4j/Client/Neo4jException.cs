namespace PeerGraph.Neo4j.Client;

/// <summary>A failure talking to Neo4j, with Neo4j's error code when the server gave one and a message saying what to fix.</summary>
public sealed class Neo4jException(string message, Neo4jError? error = null, Exception? innerException = null) : Exception(message, innerException)
{
    public Neo4jError? Error { get; } = error;

    public bool IsRetriable => Error?.IsRetriable ?? InnerException is HttpRequestException;

    /// <summary>Neo4j's error with advice for the common causes.</summary>
    public static Neo4jException From(Neo4jError error, Uri server, string database) => new(error.Code switch
    {
        "Neo.ClientError.Security.Unauthorized" => $"Neo4j at {server} refused the credentials: check Neo4j:User and Neo4j:Password ({error.Message})",
        "Neo.ClientError.Database.DatabaseNotFound" => $"Neo4j at {server} has no database '{database}': check Neo4j:Database ({error.Message})",
        _ => $"{error.Code}: {error.Message}",
    }, error);
}
