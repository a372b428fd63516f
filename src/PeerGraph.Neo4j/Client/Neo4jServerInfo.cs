namespace PeerGraph.Neo4j.Client;

/// <summary>What the discovery document (GET /) says of the server.</summary>
public sealed record Neo4jServerInfo(string? Version, string? Edition);
