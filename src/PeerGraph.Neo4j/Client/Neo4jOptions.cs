using System.ComponentModel.DataAnnotations;

namespace PeerGraph.Neo4j.Client;

/// <summary>How to reach Neo4j's HTTP Query API (configuration section <c>Neo4j</c>; environment <c>Neo4j__Uri</c>, ...).</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The HTTP endpoint of the server, e.g. <c>http://localhost:7474</c> (not the bolt:// address).</summary>
    [Required]
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>Database name; default <c>neo4j</c>.</summary>
    [Required]
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic auth; default <c>neo4j</c>.</summary>
    public string? User { get; set; } = "neo4j";

    /// <summary>Password for basic auth.</summary>
    public string? Password { get; set; }

    /// <summary>A bearer token (SSO); used instead of basic auth when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Longest wait for one HTTP request; default 30 s. A timed-out transaction is rolled back.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest wait at start-up for Neo4j to answer (discovery, then a read of the database), retried with jittered
    /// exponential backoff from 200 ms up to 5 s between tries while the server is starting (connection refused, HTTP 5xx,
    /// Neo.TransientError.*); default 2 minutes. Errors retrying cannot fix (credentials, no Query API) fail at once.
    /// </summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of transient failures (Neo.TransientError.*, connection failures); default 3, with jittered exponential backoff.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
}
