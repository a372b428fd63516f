namespace PeerGraph.Neo4j.Tests.Compose;

/// <summary>
/// What the neo4j image does with its environment, as docker-neo4j's docker-image-src/5/coredb/docker-entrypoint.sh
/// (github.com/neo4j/docker-neo4j) does it: NEO4J_* variables other than its own control variables become settings,
/// named by dropping NEO4J_ and turning '_' into '.' and then '..' into '_'; NEO4J_AUTH is neo4j/&lt;password&gt;
/// (or none), the password not 'neo4j', without '/', at least dbms.security.auth_minimum_password_length (8) long.
/// </summary>
public static class DockerNeo4jEnvironment
{
    /// <summary>The entrypoint's not_configs: NEO4J_ variables that are not settings.</summary>
    public static readonly IReadOnlySet<string> ControlVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "NEO4J_ACCEPT_LICENSE_AGREEMENT", "NEO4J_AUTH", "NEO4J_AUTH_PATH", "NEO4J_DEBUG", "NEO4J_EDITION",
        "NEO4J_HOME", "NEO4J_PLUGINS", "NEO4J_SHA256", "NEO4J_TARBALL", "NEO4J_DEPRECATION_WARNING",
    };

    /// <summary>The setting a variable sets, or null when the entrypoint does not make it a setting.</summary>
    public static string? SettingName(string variable) =>
        !variable.StartsWith("NEO4J_", StringComparison.Ordinal) || ControlVariables.Contains(variable) || variable.EndsWith("_FILE", StringComparison.Ordinal)
            ? null
            : variable["NEO4J_".Length..].Replace('_', '.').Replace("..", "_", StringComparison.Ordinal);

    /// <summary>Null when NEO4J_AUTH is accepted; otherwise why not.</summary>
    public static string? CheckAuth(string auth, int minimumPasswordLength = 8)
    {
        if (auth == "none")
        {
            return null;
        }
        var parts = auth.Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0 || (parts.Length == 3 && !parts[2].Equals("true", StringComparison.OrdinalIgnoreCase)))
        {
            return $"NEO4J_AUTH must be neo4j/<password> (the password without '/'), got '{auth}'";
        }
        if (parts[0] != "neo4j")
        {
            return $"NEO4J_AUTH: the user must be neo4j, got '{parts[0]}'";
        }
        if (parts[1] == "neo4j")
        {
            return "NEO4J_AUTH: the password cannot be 'neo4j'";
        }
        return parts[1].Length < minimumPasswordLength
            ? $"NEO4J_AUTH: the password has {parts[1].Length} characters; Neo4j requires at least {minimumPasswordLength} (dbms.security.auth_minimum_password_length)"
            : null;
    }
}
